package cn.workerspalace.enrollment.degree.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The worker gave up an open application; an unpaid place goes back to the quota. */
public record WithdrawDegreeApplicationCommand(
        @TargetAggregateIdentifier String applicationId,
        String reason,
        Instant now) {
}
