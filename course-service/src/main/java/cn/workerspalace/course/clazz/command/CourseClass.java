package cn.workerspalace.course.clazz.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.Lesson;
import cn.workerspalace.course.clazz.api.CancelClassCommand;
import cn.workerspalace.course.clazz.api.ChangeClassCapacityCommand;
import cn.workerspalace.course.clazz.api.ClassCapacity;
import cn.workerspalace.course.clazz.api.ClassNotOpenException;
import cn.workerspalace.course.clazz.api.ClassStatus;
import cn.workerspalace.course.clazz.api.CompleteClassCommand;
import cn.workerspalace.course.clazz.api.OpenClassCommand;
import cn.workerspalace.course.course.api.CourseDirectory;
import cn.workerspalace.platform.web.InvalidCommandException;
import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A class (班次) of a course: its seats, enrolment window and lessons. It is OPEN until a coordinator cancels or
 * completes it. Lessons are kept in chronological order (a lesson's index is its place in that order), and the
 * class belongs to the year of its first lesson in the programme's time zone.
 */
@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class CourseClass {

    static final ZoneId PROGRAMME_ZONE = ZoneId.of("Asia/Shanghai");

    @AggregateIdentifier
    private String classId;
    private String palaceId;
    private int capacity;
    private ClassStatus status;

    CourseClass() {
        // for Axon to rebuild the class from its events
    }

    @CommandHandler
    CourseClass(OpenClassCommand command, CourseDirectory courses) {
        String palaceId = courses.palaceOf(command.courseId())
                .orElseThrow(() -> new ResourceNotFoundException("course", command.courseId()));
        requireCapacityInRange(command.capacity());
        if (!command.enrolmentOpensAt().isBefore(command.enrolmentClosesAt())) {
            throw new InvalidCommandException("enrolmentClosesAt", "must be after enrolmentOpensAt");
        }
        if (command.lessons().isEmpty()) {
            throw new InvalidCommandException("lessons", "must list at least one lesson");
        }
        for (int index = 0; index < command.lessons().size(); index++) {
            Lesson lesson = command.lessons().get(index);
            if (!lesson.startsAt().isBefore(lesson.endsAt())) {
                throw new InvalidCommandException("lessons[" + index + "].endsAt", "must be after startsAt");
            }
        }
        List<Lesson> schedule = command.lessons().stream()
                .sorted(Comparator.comparing(Lesson::startsAt).thenComparing(Lesson::endsAt))
                .toList();
        int year = schedule.get(0).startsAt().atZone(PROGRAMME_ZONE).getYear();
        apply(new ClassOpenedEvent(command.classId(), command.courseId(), palaceId, command.title(),
                command.capacity(), command.enrolmentOpensAt(), command.enrolmentClosesAt(), schedule, year));
    }

    @CommandHandler
    void handle(ChangeClassCapacityCommand command) {
        requireOpen();
        requireCapacityInRange(command.capacity());
        if (command.capacity() != capacity) {
            apply(new ClassCapacityChangedEvent(classId, palaceId, capacity, command.capacity()));
        }
    }

    @CommandHandler
    void handle(CancelClassCommand command) {
        requireOpen();
        apply(new ClassCancelledEvent(classId, palaceId, command.reason()));
    }

    @CommandHandler
    void handle(CompleteClassCommand command) {
        requireOpen();
        apply(new ClassCompletedEvent(classId, palaceId));
    }

    @EventSourcingHandler
    void on(ClassOpenedEvent event) {
        classId = event.classId();
        palaceId = event.palaceId();
        capacity = event.capacity();
        status = ClassStatus.OPEN;
    }

    @EventSourcingHandler
    void on(ClassCapacityChangedEvent event) {
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(ClassCancelledEvent event) {
        status = ClassStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ClassCompletedEvent event) {
        status = ClassStatus.COMPLETED;
    }

    private void requireOpen() {
        if (status != ClassStatus.OPEN) {
            throw new ClassNotOpenException(classId, status);
        }
    }

    private static void requireCapacityInRange(int capacity) {
        if (capacity < ClassCapacity.MIN || capacity > ClassCapacity.MAX) {
            throw new InvalidCommandException("capacity",
                    "must be between " + ClassCapacity.MIN + " and " + ClassCapacity.MAX);
        }
    }
}
