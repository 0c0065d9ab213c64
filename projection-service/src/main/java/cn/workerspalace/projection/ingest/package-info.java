/**
 * Ingestion of both event topics: Kafka batch listeners decode each record's JSON {@code EventEnvelope}, skip (and
 * count) what they cannot read, and apply each batch in one database transaction that first records every event id
 * in {@code processed_event} and then hands only the newly recorded events to the {@link
 * cn.workerspalace.projection.ingest.ReadModel read models}; offsets are committed after that transaction, so an
 * event delivered twice changes the read models once.
 */
package cn.workerspalace.projection.ingest;
