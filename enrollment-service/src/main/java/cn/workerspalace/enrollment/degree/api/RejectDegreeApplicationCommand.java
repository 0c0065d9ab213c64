package cn.workerspalace.enrollment.degree.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The review refused a submitted or waiting application. */
public record RejectDegreeApplicationCommand(
        @TargetAggregateIdentifier String applicationId,
        String reason,
        Instant now) {
}
