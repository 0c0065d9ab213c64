package cn.workerspalace.projection.ingest;

/**
 * Published (as a Spring application event) after a batch of events committed that changed the read models:
 * {@code events} is how many of its events were new. Listeners run on the ingesting thread, so they must be quick.
 */
public record EventsApplied(int events) {
}
