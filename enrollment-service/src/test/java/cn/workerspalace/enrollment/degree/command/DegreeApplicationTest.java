package cn.workerspalace.enrollment.degree.command;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.degree.ApplicationLeftQuotaQueueEvent;
import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.CityAllocationSetEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationAdmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationApprovedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationGraduatedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationRejectedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWaitingForQuotaEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReleasedEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.contracts.degree.SubsidyQuotaSetEvent;
import cn.workerspalace.enrollment.degree.api.AdmitDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.AlreadyFundedException;
import cn.workerspalace.enrollment.degree.api.ApplicationStatus;
import cn.workerspalace.enrollment.degree.api.ApproveDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.ApproveReservedApplicationCommand;
import cn.workerspalace.enrollment.degree.api.GraduateDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.NotEligibleException;
import cn.workerspalace.enrollment.degree.api.OpenApplicationExistsException;
import cn.workerspalace.enrollment.degree.api.PaySubsidyCommand;
import cn.workerspalace.enrollment.degree.api.RejectDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.SubmitDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.SubsidyExceededException;
import cn.workerspalace.enrollment.degree.api.WithdrawDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.WrongApplicationStatusException;
import cn.workerspalace.enrollment.quota.command.YearQuota;
import cn.workerspalace.platform.web.InvalidCommandException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rule and refusal of a degree application. Approve, reject, withdraw and pay go through the real
 * {@link DegreeReviewHandler}, with the year's quota in a {@link SideStore}: the fixture checks the application's
 * events, the side store what happened to the quota in the same unit of work.
 */
class DegreeApplicationTest {

    private static final String APP = "app-1";
    private static final String WORKER = "w-1";
    private static final String CITY = "370100";
    private static final int YEAR = 2026;
    private static final String QUOTA = "subsidy-quota-2026";
    private static final Instant SUBMITTED_AT = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");
    private static final Map<DegreeLevel, BigDecimal> SUBSIDY = Map.of(
            DegreeLevel.JUNIOR_COLLEGE, new BigDecimal("3000"), DegreeLevel.BACHELOR, new BigDecimal("4000"));

    private static final DegreeApplicationSubmittedEvent SUBMITTED = new DegreeApplicationSubmittedEvent(APP, WORKER,
            YEAR, DegreeLevel.JUNIOR_COLLEGE, "山东理工职业学院", "机电一体化", "palace-jinan", CITY, SUBMITTED_AT);
    private static final DegreeApplicationApprovedEvent APPROVED =
            new DegreeApplicationApprovedEvent(APP, YEAR, CITY, SUBMITTED_AT);
    private static final DegreeApplicationWaitingForQuotaEvent WAITING =
            new DegreeApplicationWaitingForQuotaEvent(APP, YEAR, CITY, SUBMITTED_AT);
    private static final DegreeApplicationAdmittedEvent ADMITTED =
            new DegreeApplicationAdmittedEvent(APP, SUBMITTED_AT);

    private final FakeRegistry registry = new FakeRegistry();
    private AggregateTestFixture<DegreeApplication> fixture;
    private SideStore<YearQuota> quota;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DegreeApplication.class);
        fixture.registerInjectableResource(registry);
        quota = new SideStore<>(YearQuota.class);
        quota.given(QUOTA, new SubsidyQuotaSetEvent(YEAR, 100, SUBSIDY), new CityAllocationSetEvent(YEAR, CITY, 0, 1));
        fixture.registerAnnotatedCommandHandler(new DegreeReviewHandler(fixture.getRepository(), quota.repository()));
    }

    private static SubmitDegreeApplicationCommand submit(boolean frontLine, DegreeLevel level) {
        return new SubmitDegreeApplicationCommand(APP, WORKER, YEAR, level, "山东理工职业学院", "机电一体化",
                "palace-jinan", CITY, frontLine, SUBMITTED_AT);
    }

    private static SubsidyPaidEvent paid(String paymentId, String amount, String total) {
        return new SubsidyPaidEvent(APP, paymentId, new BigDecimal(amount), new BigDecimal(total), SUBMITTED_AT);
    }

    private static PaySubsidyCommand pay(String paymentId, String amount) {
        return new PaySubsidyCommand(APP, paymentId, new BigDecimal(amount), NOW);
    }

    /** The quota holds a reserved place for the application (it was approved). */
    private void placeReserved() {
        quota.given(QUOTA, new SubsidyPlaceReservedEvent(YEAR, CITY, APP, false));
    }

    @Nested
    class Submission {

        @Test
        void a_front_line_worker_applies_for_a_degree_in_the_city_of_their_palace() {
            fixture.givenNoPriorActivity()
                    .when(submit(true, DegreeLevel.JUNIOR_COLLEGE))
                    .expectEvents(SUBMITTED);
        }

        @Test
        void a_worker_who_is_not_front_line_is_not_eligible() {
            fixture.givenNoPriorActivity()
                    .when(submit(false, DegreeLevel.JUNIOR_COLLEGE))
                    .expectException(NotEligibleException.class)
                    .expectNoEvents();
        }

        @Test
        void a_second_open_application_of_a_worker_is_refused() {
            registry.open.add(WORKER);
            fixture.givenNoPriorActivity()
                    .when(submit(true, DegreeLevel.BACHELOR))
                    .expectException(OpenApplicationExistsException.class)
                    .expectNoEvents();
        }

        @Test
        void a_worker_funded_at_a_level_is_refused_at_that_level_for_life() {
            registry.funded.add(WORKER + "/" + DegreeLevel.JUNIOR_COLLEGE);
            fixture.givenNoPriorActivity()
                    .when(submit(true, DegreeLevel.JUNIOR_COLLEGE))
                    .expectException(AlreadyFundedException.class)
                    .expectNoEvents();
        }

        @Test
        void a_worker_funded_at_one_level_may_apply_at_the_other() {
            registry.funded.add(WORKER + "/" + DegreeLevel.JUNIOR_COLLEGE);
            fixture.givenNoPriorActivity()
                    .when(submit(true, DegreeLevel.BACHELOR))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Approval {

        @Test
        void approval_reserves_a_free_place_in_the_city() {
            fixture.given(SUBMITTED)
                    .when(new ApproveDegreeApplicationCommand(APP, NOW))
                    .expectResultMessagePayload(ApplicationStatus.APPROVED)
                    .expectEvents(new DegreeApplicationApprovedEvent(APP, YEAR, CITY, NOW));
            assertThat(quota.newEvents(QUOTA)).containsExactly(new SubsidyPlaceReservedEvent(YEAR, CITY, APP, false));
        }

        @Test
        void without_a_free_place_the_application_waits_at_the_end_of_the_citys_queue() {
            quota.given(QUOTA, new SubsidyPlaceReservedEvent(YEAR, CITY, "other", false));
            fixture.given(SUBMITTED)
                    .when(new ApproveDegreeApplicationCommand(APP, NOW))
                    .expectResultMessagePayload(ApplicationStatus.WAITING_FOR_QUOTA)
                    .expectEvents(new DegreeApplicationWaitingForQuotaEvent(APP, YEAR, CITY, NOW));
            assertThat(quota.newEvents(QUOTA))
                    .containsExactly(new ApplicationQueuedForQuotaEvent(YEAR, CITY, APP, 1));
        }

        @Test
        void an_approved_application_is_not_approved_twice() {
            placeReserved();
            fixture.given(SUBMITTED, APPROVED)
                    .when(new ApproveDegreeApplicationCommand(APP, NOW))
                    .expectException(WrongApplicationStatusException.class)
                    .expectNoEvents();
            assertThat(quota.newEvents(QUOTA)).isEmpty();
        }

        @Test
        void a_waiting_application_is_not_approved_again() {
            quota.given(QUOTA, new ApplicationQueuedForQuotaEvent(YEAR, CITY, APP, 1));
            fixture.given(SUBMITTED, WAITING)
                    .when(new ApproveDegreeApplicationCommand(APP, NOW))
                    .expectException(WrongApplicationStatusException.class)
                    .expectNoEvents();
            assertThat(quota.newEvents(QUOTA)).isEmpty();
        }

        @Test
        void a_waiting_application_is_approved_when_the_quota_reserved_a_place_for_it() {
            fixture.given(SUBMITTED, WAITING)
                    .when(new ApproveReservedApplicationCommand(APP, YEAR, CITY, NOW))
                    .expectEvents(new DegreeApplicationApprovedEvent(APP, YEAR, CITY, NOW));
        }

        @Test
        void a_repeated_approval_from_the_queue_changes_nothing() {
            fixture.given(SUBMITTED, WAITING, APPROVED)
                    .when(new ApproveReservedApplicationCommand(APP, YEAR, CITY, NOW))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void an_application_withdrawn_meanwhile_is_not_approved_from_the_queue() {
            fixture.given(SUBMITTED, WAITING, new DegreeApplicationWithdrawnEvent(APP, "moved", true, NOW))
                    .when(new ApproveReservedApplicationCommand(APP, YEAR, CITY, NOW))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Rejection {

        @Test
        void a_submitted_application_is_rejected_with_a_reason() {
            fixture.given(SUBMITTED)
                    .when(new RejectDegreeApplicationCommand(APP, "证书不全", NOW))
                    .expectEvents(new DegreeApplicationRejectedEvent(APP, "证书不全", NOW));
            assertThat(quota.newEvents(QUOTA)).isEmpty();
        }

        @Test
        void a_rejected_waiting_application_leaves_the_citys_queue() {
            quota.given(QUOTA, new SubsidyPlaceReservedEvent(YEAR, CITY, "other", false),
                    new ApplicationQueuedForQuotaEvent(YEAR, CITY, APP, 1));
            fixture.given(SUBMITTED, WAITING)
                    .when(new RejectDegreeApplicationCommand(APP, "证书不全", NOW))
                    .expectEvents(new DegreeApplicationRejectedEvent(APP, "证书不全", NOW));
            assertThat(quota.newEvents(QUOTA)).containsExactly(new ApplicationLeftQuotaQueueEvent(YEAR, CITY, APP));
        }

        @Test
        void an_approved_application_is_not_rejected() {
            placeReserved();
            fixture.given(SUBMITTED, APPROVED)
                    .when(new RejectDegreeApplicationCommand(APP, "late", NOW))
                    .expectException(WrongApplicationStatusException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class AdmissionPaymentAndGraduation {

        @Test
        void the_school_admits_an_approved_applicant() {
            fixture.given(SUBMITTED, APPROVED)
                    .when(new AdmitDegreeApplicationCommand(APP, NOW))
                    .expectEvents(new DegreeApplicationAdmittedEvent(APP, NOW));
        }

        @Test
        void a_waiting_application_is_not_admitted() {
            fixture.given(SUBMITTED, WAITING)
                    .when(new AdmitDegreeApplicationCommand(APP, NOW))
                    .expectException(WrongApplicationStatusException.class)
                    .expectNoEvents();
        }

        @Test
        void the_subsidy_is_paid_in_instalments_to_an_admitted_student() {
            placeReserved();
            fixture.given(SUBMITTED, APPROVED, ADMITTED, paid("p1", "1000", "1000"))
                    .when(pay("p2", "1500.50"))
                    .expectEvents(new SubsidyPaidEvent(APP, "p2", new BigDecimal("1500.50"),
                            new BigDecimal("2500.50"), NOW));
            assertThat(quota.newEvents(QUOTA)).isEmpty();
        }

        @Test
        void the_payments_may_add_up_to_exactly_the_levels_subsidy() {
            placeReserved();
            fixture.given(SUBMITTED, APPROVED, ADMITTED, paid("p1", "1000", "1000"))
                    .when(pay("p2", "2000"))
                    .expectEvents(new SubsidyPaidEvent(APP, "p2", new BigDecimal("2000"), new BigDecimal("3000"),
                            NOW));
        }

        @Test
        void the_payments_never_add_up_to_more_than_the_levels_subsidy() {
            placeReserved();
            fixture.given(SUBMITTED, APPROVED, ADMITTED, paid("p1", "1000", "1000"))
                    .when(pay("p2", "2000.01"))
                    .expectException(SubsidyExceededException.class)
                    .expectNoEvents();
        }

        @Test
        void the_cap_is_the_subsidy_of_the_applications_own_level() {
            placeReserved();
            DegreeApplicationSubmittedEvent bachelor = new DegreeApplicationSubmittedEvent(APP, WORKER, YEAR,
                    DegreeLevel.BACHELOR, "山东大学", "法学", "palace-jinan", CITY, SUBMITTED_AT);
            fixture.given(bachelor, APPROVED, ADMITTED)
                    .when(pay("p1", "4000"))
                    .expectEvents(new SubsidyPaidEvent(APP, "p1", new BigDecimal("4000"), new BigDecimal("4000"),
                            NOW));
        }

        @Test
        void a_payment_is_more_than_nothing() {
            placeReserved();
            fixture.given(SUBMITTED, APPROVED, ADMITTED)
                    .when(pay("p1", "0"))
                    .expectException(InvalidCommandException.class)
                    .expectNoEvents();
        }

        @Test
        void nothing_is_paid_before_admission() {
            placeReserved();
            fixture.given(SUBMITTED, APPROVED)
                    .when(pay("p1", "100"))
                    .expectException(WrongApplicationStatusException.class)
                    .expectNoEvents();
        }

        @Test
        void nothing_is_paid_after_graduation() {
            placeReserved();
            fixture.given(SUBMITTED, APPROVED, ADMITTED, new DegreeApplicationGraduatedEvent(APP, SUBMITTED_AT))
                    .when(pay("p1", "100"))
                    .expectException(WrongApplicationStatusException.class)
                    .expectNoEvents();
        }

        @Test
        void an_admitted_student_graduates() {
            fixture.given(SUBMITTED, APPROVED, ADMITTED)
                    .when(new GraduateDegreeApplicationCommand(APP, NOW))
                    .expectEvents(new DegreeApplicationGraduatedEvent(APP, NOW));
        }

        @Test
        void an_approved_applicant_who_was_never_admitted_does_not_graduate() {
            fixture.given(SUBMITTED, APPROVED)
                    .when(new GraduateDegreeApplicationCommand(APP, NOW))
                    .expectException(WrongApplicationStatusException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void a_submitted_application_is_withdrawn_without_touching_the_quota() {
            fixture.given(SUBMITTED)
                    .when(new WithdrawDegreeApplicationCommand(APP, "工作调动", NOW))
                    .expectEvents(new DegreeApplicationWithdrawnEvent(APP, "工作调动", false, NOW));
            assertThat(quota.newEvents(QUOTA)).isEmpty();
        }

        @Test
        void a_waiting_application_that_is_withdrawn_leaves_the_queue() {
            quota.given(QUOTA, new ApplicationQueuedForQuotaEvent(YEAR, CITY, APP, 1));
            fixture.given(SUBMITTED, WAITING)
                    .when(new WithdrawDegreeApplicationCommand(APP, "工作调动", NOW))
                    .expectEvents(new DegreeApplicationWithdrawnEvent(APP, "工作调动", false, NOW));
            assertThat(quota.newEvents(QUOTA)).containsExactly(new ApplicationLeftQuotaQueueEvent(YEAR, CITY, APP));
        }

        @Test
        void an_approved_unpaid_place_goes_back_to_the_quota() {
            placeReserved();
            fixture.given(SUBMITTED, APPROVED)
                    .when(new WithdrawDegreeApplicationCommand(APP, "工作调动", NOW))
                    .expectEvents(new DegreeApplicationWithdrawnEvent(APP, "工作调动", true, NOW));
            assertThat(quota.newEvents(QUOTA)).containsExactly(new SubsidyPlaceReleasedEvent(YEAR, CITY, APP));
        }

        @Test
        void an_admitted_unpaid_place_goes_back_to_the_quota() {
            placeReserved();
            fixture.given(SUBMITTED, APPROVED, ADMITTED)
                    .when(new WithdrawDegreeApplicationCommand(APP, "工作调动", NOW))
                    .expectEvents(new DegreeApplicationWithdrawnEvent(APP, "工作调动", true, NOW));
            assertThat(quota.newEvents(QUOTA)).containsExactly(new SubsidyPlaceReleasedEvent(YEAR, CITY, APP));
        }

        @Test
        void a_paid_place_stays_used_after_a_withdrawal() {
            placeReserved();
            fixture.given(SUBMITTED, APPROVED, ADMITTED, paid("p1", "1000", "1000"))
                    .when(new WithdrawDegreeApplicationCommand(APP, "工作调动", NOW))
                    .expectEvents(new DegreeApplicationWithdrawnEvent(APP, "工作调动", false, NOW));
            assertThat(quota.newEvents(QUOTA)).isEmpty();
        }

        @Test
        void a_graduated_application_is_not_withdrawn() {
            fixture.given(SUBMITTED, APPROVED, ADMITTED, new DegreeApplicationGraduatedEvent(APP, SUBMITTED_AT))
                    .when(new WithdrawDegreeApplicationCommand(APP, "late", NOW))
                    .expectException(WrongApplicationStatusException.class)
                    .expectNoEvents();
        }

        @Test
        void a_rejected_application_is_not_withdrawn() {
            fixture.given(SUBMITTED, new DegreeApplicationRejectedEvent(APP, "no", SUBMITTED_AT))
                    .when(new WithdrawDegreeApplicationCommand(APP, "late", NOW))
                    .expectException(WrongApplicationStatusException.class)
                    .expectNoEvents();
        }

        @Test
        void an_application_is_withdrawn_only_once() {
            fixture.given(SUBMITTED, new DegreeApplicationWithdrawnEvent(APP, "moved", false,
                            SUBMITTED_AT.plus(Duration.ofDays(1))))
                    .when(new WithdrawDegreeApplicationCommand(APP, "again", NOW))
                    .expectException(WrongApplicationStatusException.class)
                    .expectNoEvents();
        }
    }

    /** Open applications by worker id; funded levels as {@code workerId/LEVEL}. */
    private static final class FakeRegistry implements ApplicationRegistry {

        final Set<String> open = new HashSet<>();
        final Set<String> funded = new HashSet<>();

        @Override
        public boolean hasOpenApplication(String workerId) {
            return open.contains(workerId);
        }

        @Override
        public boolean isFunded(String workerId, DegreeLevel level) {
            return funded.contains(workerId + "/" + level);
        }
    }
}
