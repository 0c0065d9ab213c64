package cn.workerspalace.course.clazz.api;

import cn.workerspalace.contracts.course.Lesson;
import java.time.Instant;
import java.util.List;

/** A course opens a class (班次): seats, an enrolment window and its lessons (节次). */
public record OpenClassCommand(
        String classId,
        String courseId,
        String title,
        int capacity,
        Instant enrolmentOpensAt,
        Instant enrolmentClosesAt,
        List<Lesson> lessons) {
}
