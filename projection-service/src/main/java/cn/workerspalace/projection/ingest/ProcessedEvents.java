package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventEnvelope;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dedup record: which events have been applied. */
@Repository
class ProcessedEvents {

    private final JdbcClient jdbc;

    ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the events in the caller's transaction and answers the ids that were not recorded before. Event ids
     * must be distinct within the call.
     */
    Set<String> recordNew(List<EventEnvelope<Record>> events) {
        int size = events.size();
        String[] ids = new String[size];
        String[] types = new String[size];
        String[] aggregates = new String[size];
        Long[] sequences = new Long[size];
        Timestamp[] times = new Timestamp[size];
        for (int i = 0; i < size; i++) {
            EventEnvelope<Record> event = events.get(i);
            ids[i] = event.eventId();
            types[i] = event.type();
            aggregates[i] = event.aggregateId() == null ? "" : event.aggregateId();
            sequences[i] = event.aggregateSequence();
            times[i] = Timestamp.from(event.timestamp());
        }
        List<String> inserted = jdbc.sql("""
                        insert into processed_event (event_id, event_type, aggregate_id, aggregate_sequence, event_time)
                        select * from unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::timestamptz[])
                        on conflict (event_id) do nothing
                        returning event_id
                        """)
                .params(ids, types, aggregates, sequences, times)
                .query(String.class)
                .list();
        return new HashSet<>(inserted);
    }
}
