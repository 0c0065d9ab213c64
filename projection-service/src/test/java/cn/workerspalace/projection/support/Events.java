package cn.workerspalace.projection.support;

import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.CourseCreatedEvent;
import cn.workerspalace.contracts.course.Lesson;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.enrollment.AttendanceRecordedEvent;
import cn.workerspalace.contracts.enrollment.RosterCancelledEvent;
import cn.workerspalace.contracts.enrollment.RosterCompletedEvent;
import cn.workerspalace.contracts.enrollment.RosterOpenedEvent;
import cn.workerspalace.contracts.enrollment.SignUpCancelledEvent;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.contracts.enrollment.WaitlistedTraineePromotedEvent;
import cn.workerspalace.contracts.enrollment.SealedPersonalData;
import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Publishes the events a scenario needs as course-service and enrollment-service would, each keyed by its
 * aggregate: palace, course, class (course-events); worker, roster = class id (enrollment-events).
 */
public final class Events {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final EventPublisher publisher;

    public Events(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void palace(String palaceId, String name, PalaceLevel level, String cityCode, String parentId) {
        publisher.publish(palaceId, new PalaceRegisteredEvent(palaceId, name, level, cityCode, parentId));
    }

    public void course(String courseId, String palaceId, String category, String title) {
        publisher.publish(courseId, new CourseCreatedEvent(courseId, palaceId, category, title));
    }

    /** A class of {@code year} with {@code lessons} weekly lessons from March, and its roster. */
    public void openClass(String classId, String courseId, String palaceId, int capacity, int lessons, int year) {
        Instant first = LocalDate.of(year, 3, 2).atTime(19, 0).atZone(SHANGHAI).toInstant();
        List<Lesson> schedule = IntStream.range(0, lessons)
                .mapToObj(i -> first.plus(Duration.ofDays(7L * i)))
                .map(start -> new Lesson(start, start.plus(Duration.ofMinutes(90))))
                .toList();
        Instant opens = first.minus(Duration.ofDays(30));
        publisher.publish(classId, new ClassOpenedEvent(classId, courseId, palaceId, "class " + classId, capacity,
                opens, first, schedule, year));
        roster(classId, palaceId, capacity, schedule, year);
    }

    public void roster(String classId, String palaceId, int capacity, List<Lesson> schedule, int year) {
        Instant first = schedule.get(0).startsAt();
        publisher.publish(classId, new RosterOpenedEvent(classId, palaceId, capacity, first.minus(Duration.ofDays(30)),
                first, schedule.stream().map(Lesson::startsAt).toList(), year));
    }

    public void worker(String workerId, String palaceId, String cityCode) {
        publisher.publish(workerId, new WorkerRegisteredEvent(workerId, "M-" + workerId, "digest-" + workerId,
                new SealedPersonalData("c2VhbGVkLW5hbWU=", "c2VhbGVkLWlk", "c2VhbGVkLXBob25l"), null, palaceId,
                cityCode, null, true, false, Instant.parse("2026-01-05T02:00:00Z")));
    }

    public void confirmed(String classId, String workerId) {
        publisher.publish(classId, new TraineeSignedUpEvent(classId, workerId, null, SignUpStatus.CONFIRMED, null,
                Instant.parse("2026-02-01T02:00:00Z")));
    }

    public void waitlisted(String classId, String workerId, int position) {
        publisher.publish(classId, new TraineeSignedUpEvent(classId, workerId, null, SignUpStatus.WAITLISTED, position,
                Instant.parse("2026-02-01T02:00:00Z")));
    }

    public void cancelled(String classId, String workerId, SignUpStatus previousStatus) {
        publisher.publish(classId, new SignUpCancelledEvent(classId, workerId, previousStatus,
                Instant.parse("2026-02-02T02:00:00Z")));
    }

    public void promoted(String classId, String workerId) {
        publisher.publish(classId, new WaitlistedTraineePromotedEvent(classId, workerId,
                Instant.parse("2026-02-02T02:00:00Z")));
    }

    public void attended(String classId, String workerId, int lessonIndex) {
        publisher.publish(classId, new AttendanceRecordedEvent(classId, workerId, lessonIndex,
                Instant.parse("2026-03-02T11:05:00Z")));
    }

    public void capacityChanged(String classId, String palaceId, int previous, int capacity) {
        publisher.publish(classId, new ClassCapacityChangedEvent(classId, palaceId, previous, capacity));
    }

    /** The class is cancelled in course-service, then its roster in enrollment-service. */
    public void classCancelled(String classId, String palaceId, List<String> endedWorkerIds) {
        publisher.publish(classId, new ClassCancelledEvent(classId, palaceId, "teacher unavailable"));
        publisher.publish(classId, new RosterCancelledEvent(classId, "teacher unavailable", endedWorkerIds));
    }

    /** The class is completed in course-service, then its roster in enrollment-service. */
    public void classCompleted(String classId, String palaceId, List<String> completed, List<String> endedWaitlisted) {
        publisher.publish(classId, new ClassCompletedEvent(classId, palaceId));
        publisher.publish(classId, new RosterCompletedEvent(classId, completed, endedWaitlisted));
    }
}
