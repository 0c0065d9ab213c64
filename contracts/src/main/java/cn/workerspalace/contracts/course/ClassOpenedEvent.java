package cn.workerspalace.contracts.course;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;
import java.util.List;

/**
 * A course opened a class (班次) for sign-ups. {@code year} is the year of its first lesson in Asia/Shanghai;
 * all figures of the class count in that year.
 */
@Revision("1")
public record ClassOpenedEvent(
        String classId,
        String courseId,
        String palaceId,
        String title,
        int capacity,
        Instant enrolmentOpensAt,
        Instant enrolmentClosesAt,
        List<Lesson> lessons,
        int year) {
}
