package cn.workerspalace.projection.stats.query;

import cn.workerspalace.projection.ProjectionApplication;
import cn.workerspalace.projection.stats.api.CitySubsidyFigures;
import cn.workerspalace.projection.stats.api.SubsidyDaily;
import cn.workerspalace.projection.stats.api.SubsidyDay;
import cn.workerspalace.projection.stats.api.SubsidyStats;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subsidy uptake of a year: the sums of its facts per city (and the province's quota, the facts without a
 * city), all of them or those that happened before the end of a given day in Asia/Shanghai. One snapshot per
 * answer (repeatable read).
 */
@Service
public class SubsidyQueries {

    /** {@code %s} takes the optional time filter. */
    private static final String FIGURES_BY_CITY = """
            select city_code,
                   coalesce(sum(d_quota), 0) as quota,
                   coalesce(sum(d_allocated), 0) as allocated,
                   coalesce(sum(d_reserved), 0) as reserved,
                   coalesce(sum(d_waiting), 0) as waiting,
                   coalesce(sum(d_paid_places), 0) as paid_places,
                   coalesce(sum(d_paid_amount), 0) as paid_amount,
                   coalesce(sum(d_graduated), 0) as graduated,
                   coalesce(sum(d_withdrawn), 0) as withdrawn
            from subsidy_fact
            where year = :year %s
            group by city_code
            order by city_code nulls first
            """;
    private static final String BEFORE_CUTOFF = "and occurred_at < :cutoff";

    /** Running sums over the days (in the programme's zone) on which the year's facts happened. */
    private static final String DAILY_FIGURES = """
            with daily as (
                select (occurred_at at time zone :zone)::date as day,
                       sum(d_quota) as quota, sum(d_allocated) as allocated, sum(d_reserved) as reserved,
                       sum(d_waiting) as waiting, sum(d_paid_places) as paid_places,
                       sum(d_paid_amount) as paid_amount, sum(d_graduated) as graduated,
                       sum(d_withdrawn) as withdrawn
                from subsidy_fact
                where year = :year
                group by 1
            )
            select day,
                   sum(quota) over running as quota,
                   sum(allocated) over running as allocated,
                   sum(reserved) over running as reserved,
                   sum(waiting) over running as waiting,
                   sum(paid_places) over running as paid_places,
                   sum(paid_amount) over running as paid_amount,
                   sum(graduated) over running as graduated,
                   sum(withdrawn) over running as withdrawn
            from daily
            window running as (order by day rows between unbounded preceding and current row)
            order by day
            """;

    private final JdbcClient jdbc;

    SubsidyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of {@code year} now, or at the end of {@code asOf} when it is given. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public SubsidyStats subsidy(int year, LocalDate asOf) {
        Timestamp cutoff = asOf == null ? null : Timestamp.from(endOf(asOf));
        StatementSpec query = jdbc.sql(FIGURES_BY_CITY.formatted(cutoff == null ? "" : BEFORE_CUTOFF))
                .param("year", year);
        if (cutoff != null) {
            query = query.param("cutoff", cutoff);
        }
        List<Sums> rows = query.query((rs, row) -> new Sums(rs.getString("city_code"), rs.getLong("quota"),
                rs.getLong("allocated"), rs.getLong("reserved"), rs.getLong("waiting"), rs.getLong("paid_places"),
                rs.getBigDecimal("paid_amount"), rs.getLong("graduated"), rs.getLong("withdrawn"))).list();
        // the province is every fact of the year, the city-less ones (its quota) included
        Sums province = rows.stream().reduce(Sums.ZERO, Sums::plus);
        List<CitySubsidyFigures> cities = rows.stream().filter(sums -> sums.cityCode() != null)
                .map(Sums::city).toList();
        return new SubsidyStats(year, province.quota(), province.allocated(), province.reserved(), province.waiting(),
                province.paidPlaces(), province.paidAmount(), province.graduated(), province.withdrawn(),
                province.allocated() - province.reserved(), cities, asOf, asOfEvent(cutoff));
    }

    /**
     * The province's figures at the end of each day of the year on which one changed: the sums of the facts up to
     * that day, which is what {@link #subsidy} answers for {@code asOf} that day.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public SubsidyDaily daily(int year) {
        List<SubsidyDay> days = jdbc.sql(DAILY_FIGURES)
                .param("year", year)
                .param("zone", ProjectionApplication.PROGRAMME_ZONE.getId())
                .query((rs, row) -> {
                    long allocated = rs.getLong("allocated");
                    long reserved = rs.getLong("reserved");
                    return new SubsidyDay(rs.getObject("day", LocalDate.class), rs.getLong("quota"), allocated,
                            reserved, rs.getLong("waiting"), rs.getLong("paid_places"),
                            rs.getBigDecimal("paid_amount"), rs.getLong("graduated"), rs.getLong("withdrawn"),
                            allocated - reserved);
                })
                .list();
        return new SubsidyDaily(year, days, asOfEvent(null));
    }

    /** The first instant after the day in the programme's zone: the figures of the day count what came before. */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ProjectionApplication.PROGRAMME_ZONE).toInstant();
    }

    private OffsetDateTime asOfEvent(Timestamp cutoff) {
        StatementSpec query = cutoff == null
                ? jdbc.sql("select max(event_time) from processed_event")
                : jdbc.sql("select max(event_time) from processed_event where event_time < ?").param(cutoff);
        Timestamp newest = query.query(Timestamp.class).list().get(0);
        return newest == null ? null
                : newest.toInstant().atZone(ProjectionApplication.PROGRAMME_ZONE).toOffsetDateTime();
    }

    private record Sums(String cityCode, long quota, long allocated, long reserved, long waiting, long paidPlaces,
                        BigDecimal paidAmount, long graduated, long withdrawn) {

        static final Sums ZERO = new Sums(null, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0);

        Sums plus(Sums other) {
            return new Sums(null, quota + other.quota, allocated + other.allocated, reserved + other.reserved,
                    waiting + other.waiting, paidPlaces + other.paidPlaces, paidAmount.add(other.paidAmount),
                    graduated + other.graduated, withdrawn + other.withdrawn);
        }

        CitySubsidyFigures city() {
            return new CitySubsidyFigures(cityCode, allocated, reserved, waiting, paidPlaces, paidAmount, graduated,
                    withdrawn, allocated - reserved);
        }
    }
}
