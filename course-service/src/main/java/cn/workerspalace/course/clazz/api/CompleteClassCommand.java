package cn.workerspalace.course.clazz.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A coordinator completes an open class, at any time. */
public record CompleteClassCommand(@TargetAggregateIdentifier String classId) {
}
