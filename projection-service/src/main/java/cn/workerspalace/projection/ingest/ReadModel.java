package cn.workerspalace.projection.ingest;

/**
 * A read model kept up to date from events. Its handlers run inside the transaction that records the event as
 * processed, exactly once per event.
 */
public interface ReadModel {

    /** Names the event types this read model applies, and how. */
    void subscribe(EventHandlers handlers);
}
