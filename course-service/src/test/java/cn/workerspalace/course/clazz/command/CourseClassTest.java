package cn.workerspalace.course.clazz.command;

import static cn.workerspalace.course.support.InvalidCommandMatcher.invalidField;

import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.Lesson;
import cn.workerspalace.course.clazz.api.CancelClassCommand;
import cn.workerspalace.course.clazz.api.ChangeClassCapacityCommand;
import cn.workerspalace.course.clazz.api.ClassNotOpenException;
import cn.workerspalace.course.clazz.api.CompleteClassCommand;
import cn.workerspalace.course.clazz.api.OpenClassCommand;
import cn.workerspalace.course.course.api.InMemoryCourseDirectory;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CourseClassTest {

    private static final Instant OPENS = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-02-28T00:00:00Z");
    private static final Lesson FIRST = lesson("2026-03-01T01:00:00Z", "2026-03-01T03:00:00Z");
    private static final Lesson SECOND = lesson("2026-03-08T01:00:00Z", "2026-03-08T03:00:00Z");
    private static final ClassOpenedEvent OPENED = new ClassOpenedEvent("k1", "c1", "jn", "周末班", 30, OPENS, CLOSES,
            List.of(FIRST, SECOND), 2026);

    private AggregateTestFixture<CourseClass> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CourseClass.class);
        fixture.registerInjectableResource(new InMemoryCourseDirectory().with("c1", "jn"));
    }

    @Test
    void a_class_opens_with_the_palace_of_its_course() {
        fixture.givenNoPriorActivity()
                .when(open(30, OPENS, CLOSES, List.of(FIRST, SECOND)))
                .expectEvents(OPENED);
    }

    @Test
    void a_class_belongs_to_the_shanghai_year_of_its_first_lesson() {
        Lesson newYearsMorning = lesson("2025-12-31T17:00:00Z", "2025-12-31T19:00:00Z"); // 01:00 on 1 Jan in Shanghai
        fixture.givenNoPriorActivity()
                .when(open(30, OPENS, CLOSES, List.of(newYearsMorning)))
                .expectEvents(new ClassOpenedEvent("k1", "c1", "jn", "周末班", 30, OPENS, CLOSES,
                        List.of(newYearsMorning), 2026));
    }

    @Test
    void lessons_are_kept_in_chronological_order_and_the_earliest_sets_the_year() {
        Lesson lastYear = lesson("2025-12-20T01:00:00Z", "2025-12-20T03:00:00Z");
        fixture.givenNoPriorActivity()
                .when(open(30, OPENS, CLOSES, List.of(SECOND, lastYear, FIRST)))
                .expectEvents(new ClassOpenedEvent("k1", "c1", "jn", "周末班", 30, OPENS, CLOSES,
                        List.of(lastYear, FIRST, SECOND), 2025));
    }

    @Test
    void a_class_of_an_unknown_course_is_refused_as_not_found() {
        fixture.givenNoPriorActivity()
                .when(new OpenClassCommand("k1", "nope", "周末班", 30, OPENS, CLOSES, List.of(FIRST)))
                .expectException(ResourceNotFoundException.class)
                .expectExceptionMessage("course nope does not exist")
                .expectNoEvents();
    }

    @Test
    void a_class_may_have_one_seat() {
        fixture.givenNoPriorActivity()
                .when(open(1, OPENS, CLOSES, List.of(FIRST)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_class_may_have_ten_thousand_seats() {
        fixture.givenNoPriorActivity()
                .when(open(10_000, OPENS, CLOSES, List.of(FIRST)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_class_without_seats_is_refused() {
        fixture.givenNoPriorActivity()
                .when(open(0, OPENS, CLOSES, List.of(FIRST)))
                .expectException(invalidField("capacity"))
                .expectNoEvents();
    }

    @Test
    void a_class_with_more_than_ten_thousand_seats_is_refused() {
        fixture.givenNoPriorActivity()
                .when(open(10_001, OPENS, CLOSES, List.of(FIRST)))
                .expectException(invalidField("capacity"))
                .expectNoEvents();
    }

    @Test
    void an_enrolment_window_that_closes_before_it_opens_is_refused() {
        fixture.givenNoPriorActivity()
                .when(open(30, CLOSES, OPENS, List.of(FIRST)))
                .expectException(invalidField("enrolmentClosesAt"))
                .expectNoEvents();
    }

    @Test
    void an_enrolment_window_that_closes_as_it_opens_is_refused() {
        fixture.givenNoPriorActivity()
                .when(open(30, OPENS, OPENS, List.of(FIRST)))
                .expectException(invalidField("enrolmentClosesAt"))
                .expectNoEvents();
    }

    @Test
    void a_class_without_lessons_is_refused() {
        fixture.givenNoPriorActivity()
                .when(open(30, OPENS, CLOSES, List.of()))
                .expectException(invalidField("lessons"))
                .expectNoEvents();
    }

    @Test
    void a_lesson_that_ends_before_it_starts_is_refused_naming_the_lesson() {
        fixture.givenNoPriorActivity()
                .when(open(30, OPENS, CLOSES, List.of(FIRST, lesson("2026-03-08T03:00:00Z", "2026-03-08T01:00:00Z"))))
                .expectException(invalidField("lessons[1].endsAt"))
                .expectNoEvents();
    }

    @Test
    void a_lesson_that_ends_as_it_starts_is_refused() {
        fixture.givenNoPriorActivity()
                .when(open(30, OPENS, CLOSES, List.of(lesson("2026-03-08T03:00:00Z", "2026-03-08T03:00:00Z"))))
                .expectException(invalidField("lessons[0].endsAt"))
                .expectNoEvents();
    }

    @Test
    void lessons_may_lie_in_the_past_and_overlap_the_enrolment_window() {
        Lesson past = lesson("2020-05-01T01:00:00Z", "2020-05-01T03:00:00Z");
        Instant opens = Instant.parse("2020-04-01T00:00:00Z");
        Instant closes = Instant.parse("2020-06-01T00:00:00Z");
        fixture.givenNoPriorActivity()
                .when(open(30, opens, closes, List.of(past)))
                .expectEvents(new ClassOpenedEvent("k1", "c1", "jn", "周末班", 30, opens, closes, List.of(past), 2020));
    }

    @Test
    void the_capacity_of_an_open_class_changes() {
        fixture.given(OPENED)
                .when(new ChangeClassCapacityCommand("k1", 40))
                .expectEvents(new ClassCapacityChangedEvent("k1", "jn", 30, 40));
    }

    @Test
    void a_capacity_change_remembers_the_previous_change() {
        fixture.given(OPENED, new ClassCapacityChangedEvent("k1", "jn", 30, 40))
                .when(new ChangeClassCapacityCommand("k1", 10))
                .expectEvents(new ClassCapacityChangedEvent("k1", "jn", 40, 10));
    }

    @Test
    void setting_the_current_capacity_again_changes_nothing() {
        fixture.given(OPENED)
                .when(new ChangeClassCapacityCommand("k1", 30))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_capacity_of_zero_is_refused() {
        fixture.given(OPENED)
                .when(new ChangeClassCapacityCommand("k1", 0))
                .expectException(invalidField("capacity"))
                .expectNoEvents();
    }

    @Test
    void a_capacity_above_ten_thousand_is_refused() {
        fixture.given(OPENED)
                .when(new ChangeClassCapacityCommand("k1", 10_001))
                .expectException(invalidField("capacity"))
                .expectNoEvents();
    }

    @Test
    void the_capacity_of_a_cancelled_class_cannot_change() {
        fixture.given(OPENED, new ClassCancelledEvent("k1", "jn", "场地维修"))
                .when(new ChangeClassCapacityCommand("k1", 40))
                .expectException(ClassNotOpenException.class)
                .expectExceptionMessage("class k1 is CANCELLED, not OPEN")
                .expectNoEvents();
    }

    @Test
    void the_capacity_of_a_completed_class_cannot_change() {
        fixture.given(OPENED, new ClassCompletedEvent("k1", "jn"))
                .when(new ChangeClassCapacityCommand("k1", 40))
                .expectException(ClassNotOpenException.class)
                .expectNoEvents();
    }

    @Test
    void an_open_class_is_cancelled_with_a_reason() {
        fixture.given(OPENED)
                .when(new CancelClassCommand("k1", "场地维修"))
                .expectEvents(new ClassCancelledEvent("k1", "jn", "场地维修"));
    }

    @Test
    void a_cancelled_class_cannot_be_cancelled_again() {
        fixture.given(OPENED, new ClassCancelledEvent("k1", "jn", "场地维修"))
                .when(new CancelClassCommand("k1", "再次取消"))
                .expectException(ClassNotOpenException.class)
                .expectNoEvents();
    }

    @Test
    void a_completed_class_cannot_be_cancelled() {
        fixture.given(OPENED, new ClassCompletedEvent("k1", "jn"))
                .when(new CancelClassCommand("k1", "太晚了"))
                .expectException(ClassNotOpenException.class)
                .expectNoEvents();
    }

    @Test
    void an_open_class_is_completed() {
        fixture.given(OPENED)
                .when(new CompleteClassCommand("k1"))
                .expectEvents(new ClassCompletedEvent("k1", "jn"));
    }

    @Test
    void a_completed_class_cannot_be_completed_again() {
        fixture.given(OPENED, new ClassCompletedEvent("k1", "jn"))
                .when(new CompleteClassCommand("k1"))
                .expectException(ClassNotOpenException.class)
                .expectNoEvents();
    }

    @Test
    void a_cancelled_class_cannot_be_completed() {
        fixture.given(OPENED, new ClassCancelledEvent("k1", "jn", "场地维修"))
                .when(new CompleteClassCommand("k1"))
                .expectException(ClassNotOpenException.class)
                .expectNoEvents();
    }

    private static OpenClassCommand open(int capacity, Instant opens, Instant closes, List<Lesson> lessons) {
        return new OpenClassCommand("k1", "c1", "周末班", capacity, opens, closes, lessons);
    }

    private static Lesson lesson(String startsAt, String endsAt) {
        return new Lesson(Instant.parse(startsAt), Instant.parse(endsAt));
    }
}
