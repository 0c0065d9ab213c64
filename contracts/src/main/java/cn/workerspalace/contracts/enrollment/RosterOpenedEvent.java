package cn.workerspalace.contracts.enrollment;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;
import java.util.List;

/** The roster of a newly opened class accepts sign-ups; it mirrors the class as course-service announced it. */
@Revision("1")
public record RosterOpenedEvent(
        String classId,
        String palaceId,
        int capacity,
        Instant enrolmentOpensAt,
        Instant enrolmentClosesAt,
        List<Instant> lessonStarts,
        int year) {
}
