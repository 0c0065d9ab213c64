package cn.workerspalace.course.clazz.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A coordinator sets the number of seats of an open class. */
public record ChangeClassCapacityCommand(@TargetAggregateIdentifier String classId, int capacity) {
}
