package cn.workerspalace.enrollment.roster.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The class's capacity changed in course-service. */
public record ChangeRosterCapacityCommand(
        @TargetAggregateIdentifier String classId,
        int capacity,
        Instant now) {
}
