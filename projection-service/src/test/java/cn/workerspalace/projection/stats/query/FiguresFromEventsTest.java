package cn.workerspalace.projection.stats.query;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.Lesson;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.enrollment.AttendanceRecordedEvent;
import cn.workerspalace.contracts.enrollment.RosterCapacityChangedEvent;
import cn.workerspalace.contracts.enrollment.RosterCompletedEvent;
import cn.workerspalace.contracts.enrollment.SignUpCancelledEvent;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.support.ReadModelTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What single events do to a palace's figures; each test has a palace and a class of its own, in 2026. */
class FiguresFromEventsTest extends ReadModelTest {

    private static final Instant T = Instant.parse("2026-02-01T00:00:00Z");
    private static final List<Lesson> THREE_LESSONS = List.of(
            new Lesson(Instant.parse("2026-03-02T11:00:00Z"), Instant.parse("2026-03-02T12:30:00Z")),
            new Lesson(Instant.parse("2026-03-09T11:00:00Z"), Instant.parse("2026-03-09T12:30:00Z")),
            new Lesson(Instant.parse("2026-03-16T11:00:00Z"), Instant.parse("2026-03-16T12:30:00Z")));

    @Autowired
    StatsQueries queries;

    private String palace;
    private String clazz;

    @BeforeEach
    void openAClassOfThreeLessonsForTwo() {
        palace = newId("palace");
        clazz = newId("class");
        apply(palace, new PalaceRegisteredEvent(palace, "文化宫", PalaceLevel.CITY, "370100", null));
        apply(clazz, new ClassOpenedEvent(clazz, "course", palace, "班", 2, T, T, THREE_LESSONS, 2026));
    }

    @Test
    void a_completed_class_keeps_its_trainees_confirmed_and_counts_them_as_completions() {
        apply(clazz, signedUp("w1", SignUpStatus.CONFIRMED), signedUp("w2", SignUpStatus.CONFIRMED),
                signedUp("w3", SignUpStatus.WAITLISTED), new ClassCompletedEvent(clazz, palace),
                new RosterCompletedEvent(clazz, List.of("w1", "w2"), List.of("w3")));

        assertThat(figures()).extracting(PalaceStats::classesCompleted, PalaceStats::confirmed,
                PalaceStats::waitlisted, PalaceStats::distinctTrainees, PalaceStats::completions)
                .containsExactly(1L, 2L, 0L, 2L, 2L);
    }

    @Test
    void a_cancelled_class_holds_no_sign_ups_even_before_its_roster_is_cancelled() {
        apply(clazz, signedUp("w1", SignUpStatus.CONFIRMED), signedUp("w2", SignUpStatus.CONFIRMED),
                signedUp("w3", SignUpStatus.WAITLISTED), new ClassCancelledEvent(clazz, palace, "rain"));

        assertThat(figures()).extracting(PalaceStats::classesOpened, PalaceStats::classesCancelled,
                PalaceStats::lessons, PalaceStats::seats, PalaceStats::confirmed, PalaceStats::waitlisted,
                PalaceStats::distinctTrainees)
                .containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void attendance_in_a_cancelled_class_still_counts_as_person_times_and_trainees() {
        apply(clazz, signedUp("w1", SignUpStatus.CONFIRMED), attended("w1", 0),
                new ClassCancelledEvent(clazz, palace, "rain"));

        assertThat(figures()).extracting(PalaceStats::attendances, PalaceStats::distinctTrainees)
                .containsExactly(1L, 1L);
    }

    @Test
    void a_worker_who_signs_up_again_after_cancelling_holds_one_seat() {
        apply(clazz, signedUp("w1", SignUpStatus.CONFIRMED),
                new SignUpCancelledEvent(clazz, "w1", SignUpStatus.CONFIRMED, T),
                signedUp("w1", SignUpStatus.CONFIRMED));

        assertThat(figures()).extracting(PalaceStats::confirmed, PalaceStats::distinctTrainees)
                .containsExactly(1L, 1L);
    }

    @Test
    void seats_follow_the_class_capacity_and_the_roster_capacity_changes_no_sign_up() {
        apply(clazz, signedUp("w1", SignUpStatus.CONFIRMED), signedUp("w2", SignUpStatus.CONFIRMED),
                signedUp("w3", SignUpStatus.WAITLISTED), new ClassCapacityChangedEvent(clazz, palace, 2, 1),
                new RosterCapacityChangedEvent(clazz, 1));

        assertThat(figures()).extracting(PalaceStats::seats, PalaceStats::lessons, PalaceStats::confirmed,
                PalaceStats::waitlisted).containsExactly(1L, 3L, 2L, 1L);
    }

    @Test
    void each_lesson_attended_is_one_person_time_and_the_worker_one_trainee() {
        apply(clazz, signedUp("w1", SignUpStatus.CONFIRMED), attended("w1", 0), attended("w1", 1),
                attended("w1", 2));

        assertThat(figures()).extracting(PalaceStats::attendances, PalaceStats::distinctTrainees)
                .containsExactly(3L, 1L);
    }

    @Test
    void a_class_counts_only_in_its_own_year() {
        assertThat(queries.palace(palace, 2025).classesOpened()).isZero();
        assertThat(queries.palace(palace, 2026).classesOpened()).isOne();
    }

    private PalaceStats figures() {
        return queries.palace(palace, 2026);
    }

    private TraineeSignedUpEvent signedUp(String worker, SignUpStatus status) {
        return new TraineeSignedUpEvent(clazz, worker, null, status,
                status == SignUpStatus.WAITLISTED ? 1 : null, T);
    }

    private AttendanceRecordedEvent attended(String worker, int lesson) {
        return new AttendanceRecordedEvent(clazz, worker, lesson, T);
    }
}
