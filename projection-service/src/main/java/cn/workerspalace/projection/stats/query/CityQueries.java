package cn.workerspalace.projection.stats.query;

import cn.workerspalace.projection.stats.api.CityFigures;
import cn.workerspalace.projection.stats.api.CityStats;
import cn.workerspalace.projection.stats.api.CitySubsidyFigures;
import cn.workerspalace.projection.stats.api.CityTraineeFigures;
import cn.workerspalace.projection.stats.api.PalaceList;
import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.stats.api.ProvinceFigures;
import cn.workerspalace.projection.stats.api.SubsidyStats;
import cn.workerspalace.projection.stats.api.TraineeStats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city table and the province summary of the dashboard: the palace, trainee and subsidy figures of a year
 * joined per city, all read in one snapshot (the queries it calls join its transaction).
 */
@Service
public class CityQueries {

    private static final CitySubsidyFigures NO_SUBSIDY =
            new CitySubsidyFigures(null, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0);
    private static final CityTraineeFigures NO_TRAINEES = new CityTraineeFigures(null, 0, 0, 0, 0);

    private final StatsQueries stats;
    private final SubsidyQueries subsidy;
    private final ProvinceCities names;

    CityQueries(StatsQueries stats, SubsidyQueries subsidy, ProvinceCities names) {
        this.stats = stats;
        this.subsidy = subsidy;
        this.names = names;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CityStats cities(int year) {
        List<PalaceStats> palaces = stats.palaces(year);
        TraineeStats trainees = stats.trainees(year);
        SubsidyStats uptake = subsidy.subsidy(year, null);

        Map<String, List<PalaceStats>> palacesByCity = palaces.stream()
                .collect(Collectors.groupingBy(PalaceStats::cityCode));
        Map<String, CityTraineeFigures> traineesByCity = trainees.cities().stream()
                .collect(Collectors.toMap(CityTraineeFigures::cityCode, Function.identity()));
        Map<String, CitySubsidyFigures> subsidyByCity = uptake.cities().stream()
                .collect(Collectors.toMap(CitySubsidyFigures::cityCode, Function.identity()));

        TreeSet<String> codes = new TreeSet<>(names.listed());
        codes.addAll(palacesByCity.keySet());
        codes.addAll(traineesByCity.keySet());
        codes.addAll(subsidyByCity.keySet());

        List<CityFigures> cities = codes.stream()
                .map(code -> city(code, palacesByCity.getOrDefault(code, List.of()),
                        traineesByCity.getOrDefault(code, NO_TRAINEES), subsidyByCity.getOrDefault(code, NO_SUBSIDY)))
                .toList();
        Sums all = Sums.of(palaces);
        ProvinceFigures province = new ProvinceFigures(palaces.size(), uptake.quota(), uptake.allocated(),
                uptake.reserved(), uptake.waiting(), uptake.paidPlaces(), uptake.paidAmount(), uptake.graduated(),
                uptake.withdrawn(), uptake.remaining(), trainees.province().degreeStudents(), all.courses,
                all.classesOpened, all.classesCancelled, all.classesCompleted, all.lessons, all.lessonsHeld,
                all.seats, all.confirmed, all.waitlisted, trainees.province().distinctTrainees(),
                trainees.province().personTimes(), trainees.province().completions());
        return new CityStats(year, province, cities, trainees.asOfEvent());
    }

    /** The palaces of the year, all of them or those of {@code cityCode} when it is given, with their total. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PalaceList palaces(int year, String cityCode) {
        TraineeStats trainees = stats.trainees(year);
        if (cityCode == null) {
            return new PalaceList(year, null, stats.palaces(year), trainees.province().distinctTrainees());
        }
        long distinct = trainees.cities().stream().filter(city -> city.cityCode().equals(cityCode))
                .mapToLong(CityTraineeFigures::distinctTrainees).sum();
        return new PalaceList(year, cityCode, stats.palacesOfCity(year, cityCode), distinct);
    }

    /** The names of the cities this service knows, by code. */
    public Map<String, String> cityNames() {
        return names.names();
    }

    private CityFigures city(String code, List<PalaceStats> palaces, CityTraineeFigures trainees,
                             CitySubsidyFigures uptake) {
        Sums sums = Sums.of(palaces);
        ProvinceCities.City city = names.byCode(code).orElse(new ProvinceCities.City(code, null, null, false));
        return new CityFigures(code, city.name(), city.nameEn(), palaces.size(), uptake.allocated(),
                uptake.reserved(), uptake.waiting(), uptake.paidPlaces(), uptake.paidAmount(), uptake.graduated(),
                uptake.withdrawn(), uptake.remaining(), trainees.degreeStudents(), sums.courses, sums.classesOpened,
                sums.classesCancelled, sums.classesCompleted, sums.lessons, sums.lessonsHeld, sums.seats,
                sums.confirmed, sums.waitlisted, trainees.distinctTrainees(), trainees.personTimes(),
                trainees.completions());
    }

    /** The palace figures that add up across palaces (distinct trainees do not). */
    private static final class Sums {
        long courses;
        long classesOpened;
        long classesCancelled;
        long classesCompleted;
        long lessons;
        long lessonsHeld;
        long seats;
        long confirmed;
        long waitlisted;

        static Sums of(List<PalaceStats> palaces) {
            Sums sums = new Sums();
            for (PalaceStats palace : palaces) {
                sums.courses += palace.courses();
                sums.classesOpened += palace.classesOpened();
                sums.classesCancelled += palace.classesCancelled();
                sums.classesCompleted += palace.classesCompleted();
                sums.lessons += palace.lessons();
                sums.lessonsHeld += palace.lessonsHeld();
                sums.seats += palace.seats();
                sums.confirmed += palace.confirmed();
                sums.waitlisted += palace.waitlisted();
            }
            return sums;
        }
    }
}
