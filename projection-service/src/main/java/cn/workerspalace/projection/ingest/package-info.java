/**
 * Ingestion of both event topics: Kafka batch listeners decode each record's JSON {@code EventEnvelope} (any
 * revision up to this build's), send what they cannot read to {@code <topic>.DLT} with the reason (and count it),
 * and apply each batch in one database transaction that first records every event id in {@code processed_event}
 * and then hands only the newly recorded events to the {@link cn.workerspalace.projection.ingest.ReadModel read
 * models}; offsets are committed after that transaction, so an event delivered twice changes the read models once.
 * The consumer group's lag per partition is a gauge; the listeners can be paused for a rebuild's switch-over.
 */
package cn.workerspalace.projection.ingest;
