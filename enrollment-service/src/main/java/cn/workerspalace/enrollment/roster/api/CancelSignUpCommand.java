package cn.workerspalace.enrollment.roster.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A worker gives up a seat or a waitlist place. */
public record CancelSignUpCommand(
        @TargetAggregateIdentifier String classId,
        String workerId,
        Instant now) {
}
