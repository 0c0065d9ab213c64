package cn.workerspalace.enrollment.roster.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A worker asks for a seat; answered with a {@link SignUpResult}. {@code servicePointId} names the service point
 * whose staff took the sign-up, or is null when the worker signed up by themselves.
 */
public record SignUpForClassCommand(
        @TargetAggregateIdentifier String classId,
        String workerId,
        String servicePointId,
        Instant now) {
}
