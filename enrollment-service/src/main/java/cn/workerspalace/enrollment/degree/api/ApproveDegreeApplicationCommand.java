package cn.workerspalace.enrollment.degree.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The review passed: a place is reserved in the worker's city if one is free, otherwise the application waits. */
public record ApproveDegreeApplicationCommand(
        @TargetAggregateIdentifier String applicationId,
        Instant now) {
}
