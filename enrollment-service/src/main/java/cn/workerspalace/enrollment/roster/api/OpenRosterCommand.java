package cn.workerspalace.enrollment.roster.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the roster of a class that course-service opened; the roster's id is the class id. */
public record OpenRosterCommand(
        @TargetAggregateIdentifier String classId,
        String palaceId,
        int capacity,
        Instant enrolmentOpensAt,
        Instant enrolmentClosesAt,
        List<Instant> lessonStarts,
        int year) {
}
