package cn.workerspalace.course.palace.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A palace opens a service point where workers consult and register close to home. */
public record OpenServicePointCommand(
        @TargetAggregateIdentifier String palaceId,
        String servicePointId,
        String name,
        String address) {
}
