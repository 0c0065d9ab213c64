package cn.workerspalace.enrollment.degree.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The school admitted the approved applicant. */
public record AdmitDegreeApplicationCommand(
        @TargetAggregateIdentifier String applicationId,
        Instant now) {
}
