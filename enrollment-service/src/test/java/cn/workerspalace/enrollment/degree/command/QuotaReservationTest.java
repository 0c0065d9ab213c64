package cn.workerspalace.enrollment.degree.command;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.degree.ApplicationLeftQuotaQueueEvent;
import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.CityAllocationSetEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationAdmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationApprovedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationRejectedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWaitingForQuotaEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReleasedEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.contracts.degree.SubsidyQuotaSetEvent;
import cn.workerspalace.enrollment.degree.api.ApproveDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.PaySubsidyCommand;
import cn.workerspalace.enrollment.degree.api.RejectDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.SubsidyExceededException;
import cn.workerspalace.enrollment.degree.api.WithdrawDegreeApplicationCommand;
import cn.workerspalace.enrollment.quota.command.YearQuota;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quota's side of approvals, rejections, withdrawals and payments: places reserved first come, first served
 * up to the city's allocation, the first-in, first-out queue, places going back and to the head of the queue.
 * Runs the real {@link DegreeReviewHandler}; the applications live in a {@link SideStore}.
 */
class QuotaReservationTest {

    private static final int YEAR = 2026;
    private static final String JINAN = "370100";
    private static final String QINGDAO = "370200";
    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");
    private static final Map<DegreeLevel, BigDecimal> SUBSIDY = Map.of(
            DegreeLevel.JUNIOR_COLLEGE, new BigDecimal("3000"), DegreeLevel.BACHELOR, new BigDecimal("4000"));
    private static final SubsidyQuotaSetEvent QUOTA = new SubsidyQuotaSetEvent(YEAR, 100, SUBSIDY);

    private AggregateTestFixture<YearQuota> fixture;
    private SideStore<DegreeApplication> applications;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(YearQuota.class);
        applications = new SideStore<>(DegreeApplication.class);
        fixture.registerAnnotatedCommandHandler(new DegreeReviewHandler(applications.repository(),
                fixture.getRepository()));
    }

    /** An application of a worker in the city, submitted, with what happened to it since. */
    private void application(String id, String cityCode, Object... since) {
        applications.given(id, new DegreeApplicationSubmittedEvent(id, "worker-" + id, YEAR,
                DegreeLevel.JUNIOR_COLLEGE, "山东理工职业学院", "机电一体化", "palace-" + cityCode, cityCode, AT));
        applications.given(id, since);
    }

    private static CityAllocationSetEvent allocated(String cityCode, int places) {
        return new CityAllocationSetEvent(YEAR, cityCode, 0, places);
    }

    private static SubsidyPlaceReservedEvent reserved(String id, boolean fromQueue) {
        return new SubsidyPlaceReservedEvent(YEAR, JINAN, id, fromQueue);
    }

    private static ApplicationQueuedForQuotaEvent queued(String id, int position) {
        return new ApplicationQueuedForQuotaEvent(YEAR, JINAN, id, position);
    }

    private static DegreeApplicationApprovedEvent approved(String id) {
        return new DegreeApplicationApprovedEvent(id, YEAR, JINAN, AT);
    }

    private static DegreeApplicationWaitingForQuotaEvent waiting(String id) {
        return new DegreeApplicationWaitingForQuotaEvent(id, YEAR, JINAN, AT);
    }

    @Test
    void an_approval_takes_a_free_place_of_the_applicants_city() {
        application("a1", JINAN);
        fixture.given(QUOTA, allocated(JINAN, 2))
                .when(new ApproveDegreeApplicationCommand("a1", NOW))
                .expectEvents(reserved("a1", false));
        assertThat(applications.newEvents("a1")).containsExactly(new DegreeApplicationApprovedEvent("a1", YEAR,
                JINAN, NOW));
    }

    @Test
    void the_last_free_place_is_taken_and_the_next_approval_queues() {
        application("a3", JINAN);
        fixture.given(QUOTA, allocated(JINAN, 2), reserved("a1", false), reserved("a2", false))
                .when(new ApproveDegreeApplicationCommand("a3", NOW))
                .expectEvents(queued("a3", 1));
        assertThat(applications.newEvents("a3")).containsExactly(new DegreeApplicationWaitingForQuotaEvent("a3",
                YEAR, JINAN, NOW));
    }

    @Test
    void the_queue_grows_at_its_end() {
        application("a4", JINAN);
        fixture.given(QUOTA, allocated(JINAN, 1), reserved("a1", false), queued("a2", 1), queued("a3", 2))
                .when(new ApproveDegreeApplicationCommand("a4", NOW))
                .expectEvents(queued("a4", 3));
    }

    @Test
    void another_citys_free_places_are_not_taken() {
        application("a2", JINAN);
        fixture.given(QUOTA, allocated(JINAN, 1), allocated(QINGDAO, 50), reserved("a1", false))
                .when(new ApproveDegreeApplicationCommand("a2", NOW))
                .expectEvents(queued("a2", 1));
    }

    @Test
    void a_city_without_an_allocation_queues_its_applications() {
        application("a1", JINAN);
        fixture.given(QUOTA)
                .when(new ApproveDegreeApplicationCommand("a1", NOW))
                .expectEvents(queued("a1", 1));
    }

    @Test
    void a_withdrawn_unpaid_place_goes_to_the_head_of_the_queue() {
        application("a1", JINAN, approved("a1"));
        fixture.given(QUOTA, allocated(JINAN, 1), reserved("a1", false), queued("a2", 1), queued("a3", 2))
                .when(new WithdrawDegreeApplicationCommand("a1", "工作调动", NOW))
                .expectEvents(new SubsidyPlaceReleasedEvent(YEAR, JINAN, "a1"), reserved("a2", true));
        assertThat(applications.newEvents("a1"))
                .containsExactly(new DegreeApplicationWithdrawnEvent("a1", "工作调动", true, NOW));
    }

    @Test
    void a_withdrawn_unpaid_place_stays_free_when_nobody_waits() {
        application("a1", JINAN, approved("a1"));
        fixture.given(QUOTA, allocated(JINAN, 1), reserved("a1", false))
                .when(new WithdrawDegreeApplicationCommand("a1", "工作调动", NOW))
                .expectEvents(new SubsidyPlaceReleasedEvent(YEAR, JINAN, "a1"));
    }

    @Test
    void a_withdrawn_paid_place_stays_used_and_nobody_is_promoted() {
        application("a1", JINAN, approved("a1"), new DegreeApplicationAdmittedEvent("a1", AT),
                new SubsidyPaidEvent("a1", "p1", new BigDecimal("500"), new BigDecimal("500"), AT));
        fixture.given(QUOTA, allocated(JINAN, 1), reserved("a1", false), queued("a2", 1))
                .when(new WithdrawDegreeApplicationCommand("a1", "工作调动", NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(applications.newEvents("a1"))
                .containsExactly(new DegreeApplicationWithdrawnEvent("a1", "工作调动", false, NOW));
    }

    @Test
    void a_withdrawn_waiting_application_leaves_the_queue_and_those_behind_move_up() {
        application("a2", JINAN, waiting("a2"));
        application("a4", JINAN);
        fixture.given(QUOTA, allocated(JINAN, 1), reserved("a1", false), queued("a2", 1), queued("a3", 2))
                .when(new WithdrawDegreeApplicationCommand("a2", "工作调动", NOW))
                .expectEvents(new ApplicationLeftQuotaQueueEvent(YEAR, JINAN, "a2"));
        // a3 is first now: the next approval queues behind it, at position 2
        fixture.given(QUOTA, allocated(JINAN, 1), reserved("a1", false), queued("a2", 1), queued("a3", 2),
                        new ApplicationLeftQuotaQueueEvent(YEAR, JINAN, "a2"))
                .when(new ApproveDegreeApplicationCommand("a4", NOW))
                .expectEvents(queued("a4", 2));
    }

    @Test
    void a_rejected_waiting_application_leaves_the_queue() {
        application("a2", JINAN, waiting("a2"));
        fixture.given(QUOTA, allocated(JINAN, 1), reserved("a1", false), queued("a2", 1))
                .when(new RejectDegreeApplicationCommand("a2", "证书不全", NOW))
                .expectEvents(new ApplicationLeftQuotaQueueEvent(YEAR, JINAN, "a2"));
        assertThat(applications.newEvents("a2"))
                .containsExactly(new DegreeApplicationRejectedEvent("a2", "证书不全", NOW));
    }

    @Test
    void a_place_reserved_from_the_queue_goes_on_to_the_next_when_its_application_leaves_before_approval() {
        application("a2", JINAN, waiting("a2"));
        fixture.given(QUOTA, allocated(JINAN, 1), queued("a2", 1), queued("a3", 2), reserved("a2", true))
                .when(new WithdrawDegreeApplicationCommand("a2", "工作调动", NOW))
                .expectEvents(new SubsidyPlaceReleasedEvent(YEAR, JINAN, "a2"), reserved("a3", true));
        assertThat(applications.newEvents("a2"))
                .containsExactly(new DegreeApplicationWithdrawnEvent("a2", "工作调动", true, NOW));
    }

    @Test
    void a_refused_step_changes_neither_the_quota_nor_the_application() {
        application("a1", JINAN, approved("a1"), new DegreeApplicationAdmittedEvent("a1", AT));
        fixture.given(QUOTA, allocated(JINAN, 1), reserved("a1", false))
                .when(new PaySubsidyCommand("a1", "p1", new BigDecimal("3000.01"), NOW))
                .expectException(SubsidyExceededException.class)
                .expectNoEvents();
        assertThat(applications.newEvents("a1")).isEmpty();
    }
}
