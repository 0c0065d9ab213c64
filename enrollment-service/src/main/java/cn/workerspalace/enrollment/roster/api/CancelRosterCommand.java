package cn.workerspalace.enrollment.roster.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The class was cancelled in course-service. */
public record CancelRosterCommand(
        @TargetAggregateIdentifier String classId,
        String reason) {
}
