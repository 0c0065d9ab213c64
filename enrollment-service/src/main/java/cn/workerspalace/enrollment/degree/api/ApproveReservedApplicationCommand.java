package cn.workerspalace.enrollment.degree.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The quota reserved a freed place for a waiting application: it becomes APPROVED. Sent by the queue promotion
 * after the reservation was stored; an application that is no longer waiting ignores it, so a repeat is harmless.
 */
public record ApproveReservedApplicationCommand(
        @TargetAggregateIdentifier String applicationId,
        int year,
        String cityCode,
        Instant reservedAt) {
}
