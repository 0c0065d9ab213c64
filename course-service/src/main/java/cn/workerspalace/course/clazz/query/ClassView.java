package cn.workerspalace.course.clazz.query;

import cn.workerspalace.course.clazz.api.ClassStatus;
import java.time.Instant;
import java.util.List;

/** A class as clients see it; {@code cancellationReason} is null unless the class was cancelled. */
public record ClassView(
        String id,
        String courseId,
        String palaceId,
        String title,
        int capacity,
        ClassStatus status,
        Instant enrolmentOpensAt,
        Instant enrolmentClosesAt,
        List<LessonView> lessons,
        int year,
        String cancellationReason) {

    /** A lesson of the class; {@code index} (0-based) is how attendance names it. */
    public record LessonView(int index, Instant startsAt, Instant endsAt) {
    }
}
