package cn.workerspalace.enrollment.roster.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The class was completed in course-service. */
public record CompleteRosterCommand(
        @TargetAggregateIdentifier String classId) {
}
