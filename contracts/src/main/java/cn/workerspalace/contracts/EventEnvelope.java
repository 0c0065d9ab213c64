package cn.workerspalace.contracts;

import java.time.Instant;

/**
 * The value of every record on the event topics, serialised as JSON. The record key is {@code aggregateId}, so
 * the events of one aggregate stay in order on one partition.
 *
 * @param eventId           the event's identifier in the event store; consumers deduplicate on it
 * @param type              the payload's simple class name, see {@link EventTypes}
 * @param revision          the payload's schema revision, see {@link Revision}
 * @param aggregateId       the aggregate the event belongs to
 * @param aggregateSequence the event's 0-based position within its aggregate
 * @param timestamp         when the event was stored
 * @param payload           the event record itself
 */
public record EventEnvelope<P>(
        String eventId,
        String type,
        String revision,
        String aggregateId,
        long aggregateSequence,
        Instant timestamp,
        P payload) {
}
