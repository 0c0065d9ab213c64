package cn.workerspalace.projection.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.projection.stats.api.CityFigures;
import cn.workerspalace.projection.stats.api.CityStats;
import cn.workerspalace.projection.stats.api.CitySubsidyFigures;
import cn.workerspalace.projection.stats.api.CityTraineeFigures;
import cn.workerspalace.projection.stats.api.SubsidyStats;
import cn.workerspalace.projection.stats.api.TraineeStats;
import cn.workerspalace.projection.support.DegreeEvents;
import cn.workerspalace.projection.support.ProjectionIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A year of the degree programme published on {@code enrollment-events} as enrollment-service would, and the
 * subsidy figures checked against a hand count. Each test publishes the year anew, for a year of its own.
 *
 * <pre>
 * quota 100; allocations: 370100 0->3 then re-set 3->2; 370200 0->5
 * app  city    path                                                         end state (reserved? waiting? paid)
 * a1   370100  approved, admitted, paid 2000 + 2000, graduated              GRADUATED  place, paid 4000
 * a2   370100  approved, withdrawn before payment: its place goes to a3     WITHDRAWN  -
 * a3   370100  queued 1st, promoted, admitted, paid 3000, withdrawn         WITHDRAWN  place (paid), paid 3000
 * a4   370100  queued 2nd, withdrawn while waiting                          WITHDRAWN  -
 * a5   370100  queued 3rd                                                   WAITING    waiting
 * a6   370100  queued 4th, rejected while waiting                           REJECTED   -
 * b1   370200  approved, admitted, paid 4000                                ADMITTED   place, paid 4000
 * b2   370200  rejected at review                                           REJECTED   -
 * b3   370200  approved, admitted                                           ADMITTED   place
 * b4   370200  withdrawn before review                                      WITHDRAWN  -
 *
 * city    allocated reserved waiting paidPlaces paidAmount graduated withdrawn remaining degreeStudents
 * 370100  2         2        1       2          7000       1         3         0         1 (a1)
 * 370200  5         2        0       1          4000       0         1         3         2 (b1 b3)
 * </pre>
 */
class SubsidyUptakeFiguresTest extends ProjectionIntegrationTest {

    private static final String JINAN = "370100";
    private static final String QINGDAO = "370200";

    private DegreeEvents degree;

    @BeforeEach
    void degreeEvents() {
        degree = DegreeEvents.through(publisher);
    }

    @Test
    void the_year_s_figures_are_exactly_the_hand_count_for_the_province_and_each_city() {
        publishTheYear(2026);
        awaitApplied();

        SubsidyStats figures = stats.subsidy(2026);

        assertThat(figures).usingRecursiveComparison().ignoringFields("asOfEvent").isEqualTo(new SubsidyStats(2026,
                100, 7, 4, 1, 3, new BigDecimal("11000"), 1, 4, 3,
                List.of(new CitySubsidyFigures(JINAN, 2, 2, 1, 2, new BigDecimal("7000"), 1, 3, 0),
                        new CitySubsidyFigures(QINGDAO, 5, 2, 0, 1, new BigDecimal("4000"), 0, 1, 3)),
                null, null));
        assertThat(figures.asOfEvent()).isNotNull();
    }

    @Test
    void the_city_table_carries_each_city_s_subsidy_uptake_and_degree_students() {
        publishTheYear(2044);
        awaitApplied();

        CityStats figures = stats.cities(2044);
        CityFigures jinan = figures.cities().stream().filter(city -> city.cityCode().equals(JINAN)).findFirst()
                .orElseThrow();
        CityFigures qingdao = figures.cities().stream().filter(city -> city.cityCode().equals(QINGDAO)).findFirst()
                .orElseThrow();

        assertThat(List.of(jinan.allocated(), jinan.reserved(), jinan.waiting(), jinan.paidPlaces(),
                jinan.graduated(), jinan.withdrawn(), jinan.remaining(), jinan.degreeStudents()))
                .containsExactly(2L, 2L, 1L, 2L, 1L, 3L, 0L, 1L);
        assertThat(jinan.paidAmount()).isEqualByComparingTo("7000");
        assertThat(List.of(qingdao.allocated(), qingdao.reserved(), qingdao.waiting(), qingdao.paidPlaces(),
                qingdao.graduated(), qingdao.withdrawn(), qingdao.remaining(), qingdao.degreeStudents()))
                .containsExactly(5L, 2L, 0L, 1L, 0L, 1L, 3L, 2L);
        assertThat(List.of(figures.province().quota(), figures.province().allocated(), figures.province().reserved(),
                figures.province().waiting(), figures.province().paidPlaces(), figures.province().remaining(),
                figures.province().degreeStudents())).containsExactly(100L, 7L, 4L, 1L, 3L, 3L, 3L);
        assertThat(figures.province().paidAmount()).isEqualByComparingTo("11000");
    }

    @Test
    void each_year_counts_only_its_own_quota_allocations_and_applications() {
        publishTheYear(2036);
        degree.quota(2035, 50);
        degree.allocation(2035, JINAN, 0, 10);
        String earlier = degree.submitted(2035, JINAN);
        degree.approved(earlier, 2035, JINAN);
        degree.admitted(earlier);
        degree.paid(earlier, "1000");
        awaitApplied();

        assertThat(stats.subsidy(2035)).usingRecursiveComparison().ignoringFields("asOfEvent").isEqualTo(
                new SubsidyStats(2035, 50, 10, 1, 0, 1, new BigDecimal("1000"), 0, 0, 9,
                        List.of(new CitySubsidyFigures(JINAN, 10, 1, 0, 1, new BigDecimal("1000"), 0, 0, 9)),
                        null, null));
        assertThat(stats.subsidy(2036)).extracting(SubsidyStats::quota, SubsidyStats::allocated,
                SubsidyStats::reserved, SubsidyStats::paidAmount).containsExactly(100L, 7L, 4L,
                new BigDecimal("11000"));
    }

    @Test
    void degree_students_are_the_applications_now_admitted_or_graduated_per_city_and_province() {
        publishTheYear(2037);
        awaitApplied();

        TraineeStats trainees = stats.trainees(2037);

        assertThat(trainees.province().degreeStudents()).isEqualTo(3);
        assertThat(trainees.cities()).filteredOn(city -> city.degreeStudents() > 0)
                .extracting(CityTraineeFigures::cityCode, CityTraineeFigures::degreeStudents)
                .containsExactly(tuple(JINAN, 1L),
                        tuple(QINGDAO, 2L));
        assertThat(stats.trainees(2036).province().degreeStudents()).isZero();
    }

    @Test
    void degree_events_delivered_again_change_no_figure() {
        publishTheYear(2038);
        awaitApplied();
        SubsidyStats before = stats.subsidy(2038);
        TraineeStats traineesBefore = stats.trainees(2038);
        List<EventEnvelope<Record>> year = publisher.sent();
        double duplicatesBefore = count("projection.events.duplicates");

        // a relay that lost its token sends the whole year again, after it the year's next event
        year.forEach(publisher::send);
        degree.allocation(2038, QINGDAO, 5, 6);
        awaitApplied();

        assertThat(count("projection.events.duplicates")).isEqualTo(duplicatesBefore + year.size());
        SubsidyStats after = stats.subsidy(2038);
        assertThat(after).usingRecursiveComparison().ignoringFields("asOfEvent", "allocated", "remaining", "cities")
                .isEqualTo(before);
        assertThat(after.allocated()).isEqualTo(before.allocated() + 1);
        assertThat(after.cities()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("allocated", "remaining")
                .containsExactlyElementsOf(before.cities());
        assertThat(stats.trainees(2038)).usingRecursiveComparison().ignoringFields("asOfEvent")
                .isEqualTo(traineesBefore);
    }

    /** Publishes the year of the class comment. */
    private void publishTheYear(int year) {
        degree.quota(year, 100);
        degree.allocation(year, JINAN, 0, 3);
        degree.allocation(year, QINGDAO, 0, 5);
        degree.allocation(year, JINAN, 3, 2);

        String a1 = approved(year, JINAN);
        String a2 = approved(year, JINAN);
        String a3 = queued(year, JINAN, 1);
        String a4 = queued(year, JINAN, 2);
        queued(year, JINAN, 3);
        String a6 = queued(year, JINAN, 4);
        degree.admitted(a1);
        degree.paid(a1, "2000");
        degree.paid(a1, "2000");
        degree.graduated(a1);
        degree.withdrawnUnpaid(a2, year, JINAN);
        degree.promoted(a3, year, JINAN);
        degree.withdrawnWhileWaiting(a4, year, JINAN);
        degree.rejectedWhileWaiting(a6, year, JINAN);
        degree.admitted(a3);
        degree.paid(a3, "3000");
        degree.withdrawnKeepingNoPlaceBack(a3);

        String b1 = approved(year, QINGDAO);
        degree.admitted(b1);
        degree.paid(b1, "4000");
        String b2 = degree.submitted(year, QINGDAO);
        degree.rejected(b2);
        String b3 = approved(year, QINGDAO);
        degree.admitted(b3);
        String b4 = degree.submitted(year, QINGDAO);
        degree.withdrawnKeepingNoPlaceBack(b4);
    }

    private String approved(int year, String city) {
        String application = degree.submitted(year, city);
        degree.approved(application, year, city);
        return application;
    }

    private String queued(int year, String city, int position) {
        String application = degree.submitted(year, city);
        degree.queued(application, year, city, position);
        return application;
    }
}
