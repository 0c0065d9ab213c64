package cn.workerspalace.enrollment.roster.command;

import cn.workerspalace.contracts.enrollment.AttendanceRecordedEvent;
import cn.workerspalace.contracts.enrollment.RosterCancelledEvent;
import cn.workerspalace.contracts.enrollment.RosterCapacityChangedEvent;
import cn.workerspalace.contracts.enrollment.RosterCompletedEvent;
import cn.workerspalace.contracts.enrollment.RosterOpenedEvent;
import cn.workerspalace.contracts.enrollment.SignUpCancelledEvent;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.contracts.enrollment.WaitlistedTraineePromotedEvent;
import cn.workerspalace.enrollment.roster.api.AlreadySignedUpException;
import cn.workerspalace.enrollment.roster.api.AttendanceAlreadyRecordedException;
import cn.workerspalace.enrollment.roster.api.CancelRosterCommand;
import cn.workerspalace.enrollment.roster.api.CancelSignUpCommand;
import cn.workerspalace.enrollment.roster.api.ChangeRosterCapacityCommand;
import cn.workerspalace.enrollment.roster.api.ClassNotOpenException;
import cn.workerspalace.enrollment.roster.api.CompleteRosterCommand;
import cn.workerspalace.enrollment.roster.api.LessonNotBegunException;
import cn.workerspalace.enrollment.roster.api.NoActiveSignUpException;
import cn.workerspalace.enrollment.roster.api.NoSuchLessonException;
import cn.workerspalace.enrollment.roster.api.NotConfirmedTraineeException;
import cn.workerspalace.enrollment.roster.api.OpenRosterCommand;
import cn.workerspalace.enrollment.roster.api.OutsideEnrolmentWindowException;
import cn.workerspalace.enrollment.roster.api.RecordAttendanceCommand;
import cn.workerspalace.enrollment.roster.api.SignUpForClassCommand;
import cn.workerspalace.enrollment.roster.api.SignUpResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RosterTest {

    private static final String CLASS = "class-1";
    private static final String PALACE = "palace-jinan";
    private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-10T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");
    private static final Instant LESSON_0 = Instant.parse("2026-03-15T01:00:00Z");
    private static final Instant LESSON_1 = Instant.parse("2026-03-22T01:00:00Z");

    private AggregateTestFixture<Roster> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Roster.class);
    }

    private static RosterOpenedEvent opened(int capacity) {
        return new RosterOpenedEvent(CLASS, PALACE, capacity, OPENS, CLOSES, List.of(LESSON_0, LESSON_1), 2026);
    }

    private static TraineeSignedUpEvent confirmed(String workerId) {
        return new TraineeSignedUpEvent(CLASS, workerId, null, SignUpStatus.CONFIRMED, null, NOW);
    }

    private static TraineeSignedUpEvent waitlisted(String workerId, int position) {
        return new TraineeSignedUpEvent(CLASS, workerId, null, SignUpStatus.WAITLISTED, position, NOW);
    }

    private static SignUpForClassCommand signUp(String workerId) {
        return new SignUpForClassCommand(CLASS, workerId, null, NOW);
    }

    private static WaitlistedTraineePromotedEvent promoted(String workerId) {
        return new WaitlistedTraineePromotedEvent(CLASS, workerId, NOW);
    }

    private static RecordAttendanceCommand attend(String workerId, int lesson, Instant now) {
        return new RecordAttendanceCommand(CLASS, workerId, lesson, now);
    }

    @Test
    void a_roster_opens_with_the_class_it_mirrors() {
        fixture.givenNoPriorActivity()
                .when(new OpenRosterCommand(CLASS, PALACE, 30, OPENS, CLOSES, List.of(LESSON_0, LESSON_1), 2026))
                .expectEvents(opened(30));
    }

    @Nested
    class SigningUp {

        @Test
        void a_sign_up_is_confirmed_while_a_seat_is_free() {
            fixture.given(opened(2), confirmed("w1"))
                    .when(signUp("w2"))
                    .expectEvents(confirmed("w2"))
                    .expectResultMessagePayload(SignUpResult.confirmed());
        }

        @Test
        void a_sign_up_to_a_full_class_is_waitlisted_at_the_end_of_the_queue() {
            fixture.given(opened(1), confirmed("w1"), waitlisted("w2", 1))
                    .when(signUp("w3"))
                    .expectEvents(waitlisted("w3", 2))
                    .expectResultMessagePayload(SignUpResult.waitlisted(2));
        }

        @Test
        void a_confirmed_worker_cannot_sign_up_again() {
            fixture.given(opened(2), confirmed("w1"))
                    .when(signUp("w1"))
                    .expectException(AlreadySignedUpException.class)
                    .expectNoEvents();
        }

        @Test
        void a_waitlisted_worker_cannot_sign_up_again() {
            fixture.given(opened(1), confirmed("w1"), waitlisted("w2", 1))
                    .when(signUp("w2"))
                    .expectException(AlreadySignedUpException.class)
                    .expectNoEvents();
        }

        @Test
        void a_worker_who_cancelled_may_sign_up_again_at_the_end() {
            fixture.given(opened(1), confirmed("w1"), waitlisted("w2", 1), waitlisted("w3", 2),
                            new SignUpCancelledEvent(CLASS, "w2", SignUpStatus.WAITLISTED, NOW))
                    .when(signUp("w2"))
                    .expectEvents(waitlisted("w2", 2));
        }

        @Test
        void the_service_point_that_took_a_sign_up_is_recorded_with_it() {
            fixture.given(opened(1), confirmed("w1"))
                    .when(new SignUpForClassCommand(CLASS, "w2", "sp-lixia", NOW))
                    .expectEvents(new TraineeSignedUpEvent(CLASS, "w2", "sp-lixia", SignUpStatus.WAITLISTED, 1, NOW));
        }

        @Test
        void a_sign_up_at_the_opening_instant_is_accepted() {
            fixture.given(opened(2))
                    .when(new SignUpForClassCommand(CLASS, "w1", null, OPENS))
                    .expectEvents(new TraineeSignedUpEvent(CLASS, "w1", null, SignUpStatus.CONFIRMED, null, OPENS));
        }

        @Test
        void a_sign_up_before_the_enrolment_window_opens_is_refused() {
            fixture.given(opened(2))
                    .when(new SignUpForClassCommand(CLASS, "w1", null, OPENS.minusSeconds(1)))
                    .expectException(OutsideEnrolmentWindowException.class)
                    .expectNoEvents();
        }

        @Test
        void a_sign_up_at_the_closing_instant_is_refused() {
            fixture.given(opened(2))
                    .when(new SignUpForClassCommand(CLASS, "w1", null, CLOSES))
                    .expectException(OutsideEnrolmentWindowException.class)
                    .expectNoEvents();
        }

        @Test
        void a_sign_up_for_a_cancelled_class_is_refused() {
            fixture.given(opened(2), new RosterCancelledEvent(CLASS, "no teacher", List.of()))
                    .when(signUp("w1"))
                    .expectException(ClassNotOpenException.class)
                    .expectNoEvents();
        }

        @Test
        void a_sign_up_for_a_completed_class_is_refused() {
            fixture.given(opened(2), new RosterCompletedEvent(CLASS, List.of(), List.of()))
                    .when(signUp("w1"))
                    .expectException(ClassNotOpenException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Cancelling {

        @Test
        void cancelling_a_seat_promotes_the_first_waitlisted_worker() {
            fixture.given(opened(1), confirmed("w1"), waitlisted("w2", 1), waitlisted("w3", 2))
                    .when(new CancelSignUpCommand(CLASS, "w1", NOW))
                    .expectEvents(new SignUpCancelledEvent(CLASS, "w1", SignUpStatus.CONFIRMED, NOW), promoted("w2"));
        }

        @Test
        void the_positions_behind_a_promoted_worker_close_up() {
            fixture.given(opened(1), confirmed("w1"), waitlisted("w2", 1), waitlisted("w3", 2),
                            new SignUpCancelledEvent(CLASS, "w1", SignUpStatus.CONFIRMED, NOW), promoted("w2"))
                    .when(signUp("w4"))
                    .expectEvents(waitlisted("w4", 2));
        }

        @Test
        void cancelling_a_waitlist_place_promotes_nobody() {
            fixture.given(opened(1), confirmed("w1"), waitlisted("w2", 1), waitlisted("w3", 2))
                    .when(new CancelSignUpCommand(CLASS, "w2", NOW))
                    .expectEvents(new SignUpCancelledEvent(CLASS, "w2", SignUpStatus.WAITLISTED, NOW));
        }

        @Test
        void the_queue_closes_up_behind_a_cancelled_waitlist_place() {
            fixture.given(opened(1), confirmed("w1"), waitlisted("w2", 1), waitlisted("w3", 2),
                            new SignUpCancelledEvent(CLASS, "w2", SignUpStatus.WAITLISTED, NOW))
                    .when(signUp("w4"))
                    .expectEvents(waitlisted("w4", 2));
        }

        @Test
        void cancelling_without_an_active_sign_up_is_refused() {
            fixture.given(opened(1), confirmed("w1"))
                    .when(new CancelSignUpCommand(CLASS, "w2", NOW))
                    .expectException(NoActiveSignUpException.class)
                    .expectNoEvents();
        }

        @Test
        void cancelling_a_cancelled_sign_up_again_is_refused() {
            fixture.given(opened(1), confirmed("w1"), new SignUpCancelledEvent(CLASS, "w1", SignUpStatus.CONFIRMED, NOW))
                    .when(new CancelSignUpCommand(CLASS, "w1", NOW))
                    .expectException(NoActiveSignUpException.class)
                    .expectNoEvents();
        }

        @Test
        void a_completed_trainee_has_no_sign_up_left_to_cancel() {
            fixture.given(opened(1), confirmed("w1"), new RosterCompletedEvent(CLASS, List.of("w1"), List.of()))
                    .when(new CancelSignUpCommand(CLASS, "w1", NOW))
                    .expectException(NoActiveSignUpException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Capacity {

        @Test
        void raising_the_capacity_promotes_the_waitlist_in_queue_order() {
            fixture.given(opened(1), confirmed("w1"), waitlisted("w2", 1), waitlisted("w3", 2), waitlisted("w4", 3))
                    .when(new ChangeRosterCapacityCommand(CLASS, 3, NOW))
                    .expectEvents(new RosterCapacityChangedEvent(CLASS, 3), promoted("w2"), promoted("w3"));
        }

        @Test
        void lowering_the_capacity_keeps_every_confirmed_seat() {
            fixture.given(opened(3), confirmed("w1"), confirmed("w2"), confirmed("w3"))
                    .when(new ChangeRosterCapacityCommand(CLASS, 1, NOW))
                    .expectEvents(new RosterCapacityChangedEvent(CLASS, 1));
        }

        @Test
        void a_lowered_capacity_stops_new_confirmations() {
            fixture.given(opened(3), confirmed("w1"), confirmed("w2"), new RosterCapacityChangedEvent(CLASS, 2))
                    .when(signUp("w3"))
                    .expectEvents(waitlisted("w3", 1));
        }

        @Test
        void a_freed_seat_above_a_lowered_capacity_promotes_nobody() {
            fixture.given(opened(2), confirmed("w1"), confirmed("w2"), waitlisted("w3", 1),
                            new RosterCapacityChangedEvent(CLASS, 1))
                    .when(new CancelSignUpCommand(CLASS, "w1", NOW))
                    .expectEvents(new SignUpCancelledEvent(CLASS, "w1", SignUpStatus.CONFIRMED, NOW));
        }

        @Test
        void a_seat_freed_below_a_lowered_capacity_promotes_again() {
            fixture.given(opened(2), confirmed("w1"), confirmed("w2"), waitlisted("w3", 1),
                            new RosterCapacityChangedEvent(CLASS, 1),
                            new SignUpCancelledEvent(CLASS, "w1", SignUpStatus.CONFIRMED, NOW))
                    .when(new CancelSignUpCommand(CLASS, "w2", NOW))
                    .expectEvents(new SignUpCancelledEvent(CLASS, "w2", SignUpStatus.CONFIRMED, NOW), promoted("w3"));
        }

        @Test
        void the_same_capacity_again_changes_nothing() {
            fixture.given(opened(2))
                    .when(new ChangeRosterCapacityCommand(CLASS, 2, NOW))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_closed_roster_ignores_a_capacity_change() {
            fixture.given(opened(2), new RosterCancelledEvent(CLASS, "no teacher", List.of()))
                    .when(new ChangeRosterCapacityCommand(CLASS, 5, NOW))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class ClosingTheRoster {

        @Test
        void cancelling_the_class_ends_every_sign_up() {
            fixture.given(opened(1), confirmed("w1"), waitlisted("w2", 1))
                    .when(new CancelRosterCommand(CLASS, "no teacher"))
                    .expectEvents(new RosterCancelledEvent(CLASS, "no teacher", List.of("w1", "w2")));
        }

        @Test
        void cancelling_a_cancelled_roster_changes_nothing() {
            fixture.given(opened(1), new RosterCancelledEvent(CLASS, "no teacher", List.of()))
                    .when(new CancelRosterCommand(CLASS, "no teacher"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void completing_the_class_completes_confirmed_trainees_and_ends_the_waitlist() {
            fixture.given(opened(1), confirmed("w1"), waitlisted("w2", 1), waitlisted("w3", 2))
                    .when(new CompleteRosterCommand(CLASS))
                    .expectEvents(new RosterCompletedEvent(CLASS, List.of("w1"), List.of("w2", "w3")));
        }

        @Test
        void completing_a_completed_roster_changes_nothing() {
            fixture.given(opened(1), new RosterCompletedEvent(CLASS, List.of(), List.of()))
                    .when(new CompleteRosterCommand(CLASS))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_cancelled_roster_cannot_be_completed() {
            fixture.given(opened(1), confirmed("w1"), new RosterCancelledEvent(CLASS, "no teacher", List.of("w1")))
                    .when(new CompleteRosterCommand(CLASS))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Attendance {

        private final Instant acceptedFrom = LESSON_0.minus(Duration.ofMinutes(30));

        @Test
        void attendance_is_accepted_from_thirty_minutes_before_the_lesson() {
            fixture.given(opened(1), confirmed("w1"))
                    .when(attend("w1", 0, acceptedFrom))
                    .expectEvents(new AttendanceRecordedEvent(CLASS, "w1", 0, acceptedFrom));
        }

        @Test
        void attendance_earlier_than_thirty_minutes_before_the_lesson_is_refused() {
            fixture.given(opened(1), confirmed("w1"))
                    .when(attend("w1", 0, acceptedFrom.minusSeconds(1)))
                    .expectException(LessonNotBegunException.class)
                    .expectNoEvents();
        }

        @Test
        void attendance_of_a_waitlisted_worker_is_refused() {
            fixture.given(opened(1), confirmed("w1"), waitlisted("w2", 1))
                    .when(attend("w2", 0, LESSON_0))
                    .expectException(NotConfirmedTraineeException.class)
                    .expectNoEvents();
        }

        @Test
        void attendance_of_a_worker_who_never_signed_up_is_refused() {
            fixture.given(opened(1))
                    .when(attend("w9", 0, LESSON_0))
                    .expectException(NotConfirmedTraineeException.class)
                    .expectNoEvents();
        }

        @Test
        void attendance_is_recorded_once_per_lesson() {
            fixture.given(opened(1), confirmed("w1"), new AttendanceRecordedEvent(CLASS, "w1", 0, LESSON_0))
                    .when(attend("w1", 0, LESSON_0.plusSeconds(60)))
                    .expectException(AttendanceAlreadyRecordedException.class)
                    .expectNoEvents();
        }

        @Test
        void attendance_at_another_lesson_is_recorded() {
            fixture.given(opened(1), confirmed("w1"), new AttendanceRecordedEvent(CLASS, "w1", 0, LESSON_0))
                    .when(attend("w1", 1, LESSON_1))
                    .expectEvents(new AttendanceRecordedEvent(CLASS, "w1", 1, LESSON_1));
        }

        @Test
        void attendance_at_a_lesson_past_the_last_is_refused() {
            fixture.given(opened(1), confirmed("w1"))
                    .when(attend("w1", 2, LESSON_1))
                    .expectException(NoSuchLessonException.class)
                    .expectNoEvents();
        }

        @Test
        void attendance_at_a_negative_lesson_index_is_refused() {
            fixture.given(opened(1), confirmed("w1"))
                    .when(attend("w1", -1, LESSON_1))
                    .expectException(NoSuchLessonException.class)
                    .expectNoEvents();
        }

        @Test
        void a_completed_trainee_can_still_have_attendance_recorded() {
            fixture.given(opened(1), confirmed("w1"), new RosterCompletedEvent(CLASS, List.of("w1"), List.of()))
                    .when(attend("w1", 1, LESSON_1))
                    .expectEvents(new AttendanceRecordedEvent(CLASS, "w1", 1, LESSON_1));
        }

        @Test
        void nobody_attends_a_cancelled_class() {
            fixture.given(opened(1), confirmed("w1"), new RosterCancelledEvent(CLASS, "no teacher", List.of("w1")))
                    .when(attend("w1", 0, LESSON_0))
                    .expectException(NotConfirmedTraineeException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void a_flash_crowd_keeps_exact_waitlist_positions() {
        List<Object> history = new ArrayList<>();
        history.add(opened(30));
        for (int i = 0; i < 5_000; i++) {
            history.add(i < 30 ? confirmed("w" + i) : waitlisted("w" + i, i - 29));
        }
        fixture.given(history)
                .when(signUp("late"))
                .expectEvents(waitlisted("late", 4_971))
                .expectResultMessagePayload(SignUpResult.waitlisted(4_971));
    }
}
