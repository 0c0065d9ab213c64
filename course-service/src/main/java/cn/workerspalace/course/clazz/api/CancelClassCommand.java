package cn.workerspalace.course.clazz.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A coordinator cancels an open class. */
public record CancelClassCommand(@TargetAggregateIdentifier String classId, String reason) {
}
