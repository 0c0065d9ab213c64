package cn.workerspalace.enrollment.roster.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A worker asks for a seat; answered with a {@link SignUpResult}. */
public record SignUpForClassCommand(
        @TargetAggregateIdentifier String classId,
        String workerId,
        Instant now) {
}
