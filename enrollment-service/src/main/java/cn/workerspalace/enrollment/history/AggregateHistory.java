package cn.workerspalace.enrollment.history;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads one aggregate's events from the event store, from its first event on (never from a snapshot), and keeps only
 * when, what and who: no payload, so no personal data leaves here.
 */
@Component
public class AggregateHistory {

    /** Metadata keys under which the actor of the command is recorded on each event. */
    static final String ACTOR = "actor";
    static final String ACTOR_ROLES = "actorRoles";

    private final EventStore events;

    AggregateHistory(EventStore events) {
        this.events = events;
    }

    /** The events of the aggregate of that type and id, oldest first; empty for an unknown id or another type. */
    public List<Entry> of(String aggregateType, String aggregateId) {
        List<Entry> entries = events.readEvents(aggregateId, 0).asStream()
                .map(AggregateHistory::entry)
                .toList();
        return entries.isEmpty() || !entries.get(0).aggregateType().equals(aggregateType) ? List.of() : entries;
    }

    private static Entry entry(DomainEventMessage<?> event) {
        return new Entry(event.getType(), event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), stringOrNull(event.getMetaData().get(ACTOR)),
                roles(event.getMetaData().get(ACTOR_ROLES)));
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : value.toString();
    }

    /** A list as recorded, or a comma-separated string; null when the event names no actor. */
    private static List<String> roles(Object value) {
        if (value instanceof Collection<?> roles) {
            return roles.stream().map(Object::toString).toList();
        }
        if (value instanceof String roles) {
            return Stream.of(roles.split(",")).map(String::trim).filter(role -> !role.isEmpty()).toList();
        }
        return value == null ? null : List.of(value.toString());
    }

    /** One event of the history. */
    public record Entry(String aggregateType, long sequence, String type, Instant occurredAt, String actor,
                        List<String> actorRoles) {
    }
}
