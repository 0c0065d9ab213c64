package cn.workerspalace.enrollment.degree.api;

import cn.workerspalace.contracts.degree.DegreeLevel;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A worker applies for a subsidised degree. The palace and city are those of the worker's registration;
 * {@code frontLine} is what the worker declared at registration (the eligibility rule reads it).
 */
public record SubmitDegreeApplicationCommand(
        @TargetAggregateIdentifier String applicationId,
        String workerId,
        int year,
        DegreeLevel level,
        String school,
        String major,
        String palaceId,
        String cityCode,
        boolean frontLine,
        Instant submittedAt) {
}
