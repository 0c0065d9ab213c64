package cn.workerspalace.projection.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.projection.stats.api.CitySubsidyFigures;
import cn.workerspalace.projection.stats.api.SubsidyDaily;
import cn.workerspalace.projection.stats.api.SubsidyDay;
import cn.workerspalace.projection.stats.api.SubsidyStats;
import cn.workerspalace.projection.support.DegreeEvents;
import cn.workerspalace.projection.support.ProjectionIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The subsidy figures as they stood at the end of a day in Asia/Shanghai, from events whose envelope timestamps
 * lie on three consecutive days. Each test has a year of its own and days no other test of the context uses.
 *
 * <pre>
 * day 1  from 09:00:01  quota 100; 370100 allocated 2, 370200 allocated 3; a1, a2 approved (370100), a3 queued
 *        23:59:58       b1 submitted (370200)
 *        23:59:59       b1's place reserved             -> end of day 1: reserved 3, waiting 1
 * day 2  00:00:00       b1 approved (no figure moves)
 *        00:00:01..     a1 admitted, paid 2000 (still the previous day in UTC); a2 withdrawn unpaid, a3 promoted
 *                                                        -> end of day 2: reserved 3, waiting 0, paid 1 / 2000,
 *                                                           withdrawn 1
 * day 3  09:00:01..     370100 re-set 2 -> 4, a1 paid 2000 more and graduated, a3 admitted
 * </pre>
 */
class SubsidyAsOfTest extends ProjectionIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String JINAN = "370100";
    private static final String QINGDAO = "370200";

    private DegreeEvents degree;
    private String a1;
    private String a3;

    @BeforeEach
    void degreeEvents() {
        degree = DegreeEvents.through(publisher);
    }

    @Test
    void the_figures_as_of_a_day_are_those_at_the_end_of_that_day_in_shanghai() {
        LocalDate day1 = LocalDate.of(2027, 3, 1);
        publishDaysOneAndTwo(2039, day1);
        awaitApplied();

        assertThat(stats.subsidy(2039, day1)).isEqualTo(endOfDayOne(2039, day1));
        assertThat(stats.subsidy(2039, day1.plusDays(1))).isEqualTo(endOfDayTwo(2039, day1));
        assertThat(stats.subsidy(2039)).usingRecursiveComparison().ignoringFields("asOf", "asOfEvent")
                .isEqualTo(endOfDayTwo(2039, day1));
    }

    @Test
    void before_any_event_of_the_year_every_figure_as_of_a_day_is_zero() {
        LocalDate day1 = LocalDate.of(2027, 4, 1);
        publishDaysOneAndTwo(2040, day1);
        awaitApplied();

        assertThat(stats.subsidy(2040, day1.minusDays(1))).usingRecursiveComparison().ignoringFields("asOfEvent")
                .isEqualTo(new SubsidyStats(2040, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, List.of(),
                        day1.minusDays(1), null));
    }

    @Test
    void the_figures_as_of_a_past_day_stay_the_same_after_later_events_arrive() {
        LocalDate day1 = LocalDate.of(2026, 5, 1);
        publishDaysOneAndTwo(2041, day1);
        awaitApplied();
        SubsidyStats dayOne = stats.subsidy(2041, day1);
        SubsidyStats dayTwo = stats.subsidy(2041, day1.plusDays(1));
        assertThat(dayOne).isEqualTo(endOfDayOne(2041, day1));

        publisher.timeFrom(at(day1.plusDays(2), LocalTime.of(9, 0)).toInstant());
        degree.allocation(2041, JINAN, 2, 4);
        degree.paid(a1, "2000");
        degree.graduated(a1);
        degree.admitted(a3);
        awaitApplied();

        assertThat(stats.subsidy(2041, day1)).isEqualTo(dayOne);
        assertThat(stats.subsidy(2041, day1.plusDays(1))).isEqualTo(dayTwo);
        assertThat(stats.subsidy(2041)).extracting(SubsidyStats::allocated, SubsidyStats::paidAmount,
                SubsidyStats::graduated).containsExactly(7L, new BigDecimal("4000"), 1L);
    }

    @Test
    void the_daily_figures_are_those_as_of_the_end_of_each_day_on_which_a_figure_changed() {
        LocalDate day1 = LocalDate.of(2027, 6, 1);
        publishDaysOneAndTwo(2042, day1);
        publisher.timeFrom(at(day1.plusDays(5), LocalTime.of(10, 0)).toInstant());
        degree.paid(a1, "2000");
        awaitApplied();

        SubsidyDaily daily = stats.subsidyDaily(2042);

        assertThat(daily.days()).extracting(SubsidyDay::date)
                .containsExactly(day1, day1.plusDays(1), day1.plusDays(5));
        for (SubsidyDay day : daily.days()) {
            SubsidyStats asOf = stats.subsidy(2042, day.date());
            assertThat(day).as(day.date().toString()).isEqualTo(new SubsidyDay(day.date(), asOf.quota(),
                    asOf.allocated(), asOf.reserved(), asOf.waiting(), asOf.paidPlaces(), asOf.paidAmount(),
                    asOf.graduated(), asOf.withdrawn(), asOf.remaining()));
        }
        assertThat(daily.days().get(2).paidAmount()).isEqualByComparingTo("4000");
        assertThat(stats.subsidyDaily(2099).days()).isEmpty();
    }

    private void publishDaysOneAndTwo(int year, LocalDate day1) {
        publisher.timeFrom(at(day1, LocalTime.of(9, 0)).toInstant());
        degree.quota(year, 100);
        degree.allocation(year, JINAN, 0, 2);
        degree.allocation(year, QINGDAO, 0, 3);
        a1 = degree.submitted(year, JINAN);
        degree.approved(a1, year, JINAN);
        String a2 = degree.submitted(year, JINAN);
        degree.approved(a2, year, JINAN);
        a3 = degree.submitted(year, JINAN);
        degree.queued(a3, year, JINAN, 1);

        // the last second of day 1: the reservation counts on day 1, the approval that follows on day 2
        publisher.timeFrom(at(day1, LocalTime.of(23, 59, 57)).toInstant());
        String b1 = degree.submitted(year, QINGDAO);
        degree.approved(b1, year, QINGDAO);

        degree.admitted(a1);
        degree.paid(a1, "2000");
        degree.withdrawnUnpaid(a2, year, JINAN);
        degree.promoted(a3, year, JINAN);
    }

    private static SubsidyStats endOfDayOne(int year, LocalDate day1) {
        return new SubsidyStats(year, 100, 5, 3, 1, 0, BigDecimal.ZERO, 0, 0, 2,
                List.of(new CitySubsidyFigures(JINAN, 2, 2, 1, 0, BigDecimal.ZERO, 0, 0, 0),
                        new CitySubsidyFigures(QINGDAO, 3, 1, 0, 0, BigDecimal.ZERO, 0, 0, 2)),
                day1, at(day1, LocalTime.of(23, 59, 59)));
    }

    private static SubsidyStats endOfDayTwo(int year, LocalDate day1) {
        return new SubsidyStats(year, 100, 5, 3, 0, 1, new BigDecimal("2000"), 0, 1, 2,
                List.of(new CitySubsidyFigures(JINAN, 2, 2, 0, 1, new BigDecimal("2000"), 0, 1, 0),
                        new CitySubsidyFigures(QINGDAO, 3, 1, 0, 0, BigDecimal.ZERO, 0, 0, 2)),
                day1.plusDays(1), at(day1.plusDays(1), LocalTime.of(0, 0, 6)));
    }

    private static OffsetDateTime at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(SHANGHAI).toOffsetDateTime();
    }
}
