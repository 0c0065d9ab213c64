package cn.workerspalace.projection.stats.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.projection.stats.api.CitySubsidyFigures;
import cn.workerspalace.projection.stats.api.SubsidyStats;
import cn.workerspalace.projection.support.DegreeEvents;
import cn.workerspalace.projection.support.ReadModelTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What single degree events do to a year's subsidy figures; each test has a year of its own with a quota of 100
 * and 3 places allocated to city 370100, each event applied as a batch of its own.
 */
class SubsidyFiguresFromEventsTest extends ReadModelTest {

    private static final AtomicInteger YEARS = new AtomicInteger(3000);
    private static final String CITY = "370100";

    @Autowired
    SubsidyQueries queries;
    @Autowired
    StatsQueries stats;

    private final List<EventEnvelope<Record>> applied = new ArrayList<>();
    private final DegreeEvents degree = new DegreeEvents((aggregate, payload) -> {
        EventEnvelope<Record> event = envelope(aggregate, payload);
        applied.add(event);
        applyBatch(event);
    });
    private int year;

    @BeforeEach
    void aYearWithAQuotaAndOneCityAllocation() {
        year = YEARS.incrementAndGet();
        degree.quota(year, 100);
        degree.allocation(year, CITY, 0, 3);
    }

    @Test
    void a_year_without_a_quota_answers_zeros_with_quota_zero_and_no_city() {
        assertThat(queries.subsidy(YEARS.incrementAndGet(), null)).usingRecursiveComparison()
                .ignoringFields("year", "asOfEvent")
                .isEqualTo(new SubsidyStats(0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, List.of(), null, null));
    }

    @Test
    void re_setting_an_allocation_moves_it_by_the_difference() {
        degree.allocation(year, CITY, 3, 5);
        degree.allocation(year, "370200", 0, 4);
        degree.allocation(year, "370200", 4, 1);

        SubsidyStats figures = figures();
        assertThat(figures.quota()).isEqualTo(100);
        assertThat(figures.allocated()).isEqualTo(6);
        assertThat(figures.cities()).extracting(CitySubsidyFigures::cityCode, CitySubsidyFigures::allocated,
                CitySubsidyFigures::remaining).containsExactly(
                        tuple(CITY, 5L, 5L),
                        tuple("370200", 1L, 1L));
    }

    @Test
    void a_place_taken_from_the_queue_moves_one_from_waiting_to_reserved() {
        String first = approved();
        String waiting = degree.submitted(year, CITY);
        degree.queued(waiting, year, CITY, 1);
        assertThat(city()).extracting(CitySubsidyFigures::reserved, CitySubsidyFigures::waiting).containsExactly(1L, 1L);

        degree.withdrawnUnpaid(first, year, CITY);
        degree.promoted(waiting, year, CITY);

        assertThat(city()).extracting(CitySubsidyFigures::reserved, CitySubsidyFigures::waiting,
                CitySubsidyFigures::withdrawn, CitySubsidyFigures::remaining).containsExactly(1L, 0L, 1L, 2L);
    }

    @Test
    void leaving_the_queue_withdrawn_or_rejected_takes_no_place() {
        String withdrawn = degree.submitted(year, CITY);
        degree.queued(withdrawn, year, CITY, 1);
        String rejected = degree.submitted(year, CITY);
        degree.queued(rejected, year, CITY, 2);

        degree.withdrawnWhileWaiting(withdrawn, year, CITY);
        degree.rejectedWhileWaiting(rejected, year, CITY);

        assertThat(city()).extracting(CitySubsidyFigures::reserved, CitySubsidyFigures::waiting,
                CitySubsidyFigures::withdrawn).containsExactly(0L, 0L, 1L);
    }

    @Test
    void a_second_instalment_adds_to_the_amount_but_not_to_the_paid_places() {
        String application = approved();
        degree.admitted(application);

        degree.paid(application, "1500.50");
        degree.paid(application, "2499.50");

        assertThat(city()).extracting(CitySubsidyFigures::paidPlaces, CitySubsidyFigures::paidAmount)
                .containsExactly(1L, new BigDecimal("4000.00"));
    }

    @Test
    void a_paid_place_withdrawn_stays_reserved_and_counts_as_withdrawn() {
        String application = approved();
        degree.admitted(application);
        degree.paid(application, "1000");

        degree.withdrawnKeepingNoPlaceBack(application);

        assertThat(city()).extracting(CitySubsidyFigures::reserved, CitySubsidyFigures::paidPlaces,
                CitySubsidyFigures::withdrawn, CitySubsidyFigures::remaining).containsExactly(1L, 1L, 1L, 2L);
    }

    @Test
    void an_unpaid_place_withdrawn_goes_back_to_the_city() {
        String application = approved();
        degree.admitted(application);

        degree.withdrawnUnpaid(application, year, CITY);

        assertThat(city()).extracting(CitySubsidyFigures::reserved, CitySubsidyFigures::withdrawn,
                CitySubsidyFigures::remaining).containsExactly(0L, 1L, 3L);
    }

    @Test
    void a_graduation_counts_in_the_city_of_its_application() {
        String application = approved();
        degree.admitted(application);
        degree.paid(application, "4000");

        degree.graduated(application);

        assertThat(city()).extracting(CitySubsidyFigures::reserved, CitySubsidyFigures::graduated)
                .containsExactly(1L, 1L);
    }

    @Test
    void a_payment_and_withdrawal_whose_submission_came_later_count_once_the_submission_arrives() {
        String application = "app-late-" + year;
        applyBatch(envelope(application, new SubsidyPaidEvent(application, "pay-1", new BigDecimal("800"),
                new BigDecimal("800"), Instant.parse("2026-04-01T00:00:00Z"))));
        applyBatch(envelope(application, new DegreeApplicationWithdrawnEvent(application, "工作调动", false,
                Instant.parse("2026-04-02T00:00:00Z"))));
        assertThat(figures().paidAmount()).isEqualByComparingTo("0");

        applyBatch(envelope(application, new DegreeApplicationSubmittedEvent(
                application, "w", year, DegreeLevel.BACHELOR, "山东大学", "法学",
                "palace-jn", CITY, Instant.parse("2026-03-01T00:00:00Z"))));

        assertThat(city()).extracting(CitySubsidyFigures::paidPlaces, CitySubsidyFigures::paidAmount,
                CitySubsidyFigures::withdrawn).containsExactly(1L, new BigDecimal("800"), 1L);
    }

    @Test
    void the_same_degree_events_applied_again_change_no_figure() {
        String application = approved();
        String waiting = degree.submitted(year, CITY);
        degree.queued(waiting, year, CITY, 1);
        degree.admitted(application);
        degree.paid(application, "2000");
        degree.paid(application, "2000");
        degree.graduated(application);
        SubsidyStats before = figures();
        long degreeStudents = stats.trainees(year).province().degreeStudents();

        applier.apply(List.copyOf(applied));
        applier.apply(List.copyOf(applied));

        assertThat(figures()).usingRecursiveComparison().ignoringFields("asOfEvent").isEqualTo(before);
        assertThat(before.quota()).isEqualTo(100);
        assertThat(before.paidAmount()).isEqualByComparingTo("4000");
        assertThat(stats.trainees(year).province().degreeStudents()).isEqualTo(degreeStudents).isEqualTo(1);
    }

    @Test
    void an_application_is_a_degree_student_while_admitted_or_graduated() {
        String admitted = approved();
        degree.admitted(admitted);
        String graduated = approved();
        degree.admitted(graduated);
        degree.graduated(graduated);
        approved();
        String withdrawn = degree.submitted(year, CITY);
        degree.withdrawnKeepingNoPlaceBack(withdrawn);
        assertThat(stats.trainees(year).province().degreeStudents()).isEqualTo(2);

        degree.withdrawnUnpaid(admitted, year, CITY);

        assertThat(stats.trainees(year).province().degreeStudents()).isEqualTo(1);
    }

    private String approved() {
        String application = degree.submitted(year, CITY);
        degree.approved(application, year, CITY);
        return application;
    }

    private SubsidyStats figures() {
        return queries.subsidy(year, null);
    }

    private CitySubsidyFigures city() {
        List<CitySubsidyFigures> cities = figures().cities();
        assertThat(cities).extracting(CitySubsidyFigures::cityCode).containsExactly(CITY);
        return cities.get(0);
    }
}
