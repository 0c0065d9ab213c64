package cn.workerspalace.benchmark.province;

import cn.workerspalace.localstack.demo.NationalIds;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The province the benchmark loads: its palaces, the classes of the year and the workers. Workers are numbered;
 * everything about worker {@code n} (id, palace, ID number, front-line or not) follows from {@code n}.
 *
 * @param year         the year the classes count in
 * @param palaces      every palace, the probe palace last
 * @param classes      the classes the crowd signs up for, the popular ones first
 * @param probePalace  a palace whose classes only the lag probe uses, so its figures change only by probes
 * @param probeClasses the probe palace's classes
 * @param workers      how many workers are registered
 */
public record Province(int year, List<Palace> palaces, List<Clazz> classes, Palace probePalace,
                       List<Clazz> probeClasses, int workers) {

    /** A palace; {@code region} is the division code its workers' ID numbers start with. */
    public record Palace(String id, String name, String level, String cityCode, String parentId, String region) {
    }

    public record Clazz(String id, String courseId, String palaceId, int capacity, boolean popular) {
    }

    public List<Clazz> popularClasses() {
        return classes.stream().filter(Clazz::popular).toList();
    }

    public List<Clazz> ordinaryClasses() {
        return classes.stream().filter(c -> !c.popular()).toList();
    }

    public List<String> cityCodes() {
        return palaces.stream().filter(p -> p.level().equals("CITY")).map(Palace::cityCode).distinct().toList();
    }

    public Map<String, Clazz> classesById() {
        return Stream.concat(classes.stream(), probeClasses.stream())
                .collect(Collectors.toMap(Clazz::id, c -> c));
    }

    /** The palaces workers register at: every city and county palace but the probe palace. */
    List<Palace> homePalaces() {
        return palaces.stream().filter(p -> !p.level().equals("PROVINCE") && !p.equals(probePalace)).toList();
    }

    public static String workerId(int n) {
        return String.format("w-%06d", n);
    }

    /** Four in five workers are front-line workers, who may apply for 求学圆梦. */
    public static boolean frontLine(int n) {
        return n % 5 != 0;
    }

    public Palace palaceOf(int worker) {
        List<Palace> home = homePalaces();
        return home.get(worker % home.size());
    }

    /** A valid, unique national ID number: the palace's region, a birth date and sequence that follow from n. */
    static String idNumber(Palace palace, int n) {
        return NationalIds.of(palace.region(), LocalDate.of(1966, 1, 1).plusDays(n / 1000), n % 1000);
    }
}
