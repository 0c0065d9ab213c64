package cn.workerspalace.enrollment.degree.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The admitted student graduated. */
public record GraduateDegreeApplicationCommand(
        @TargetAggregateIdentifier String applicationId,
        Instant now) {
}
