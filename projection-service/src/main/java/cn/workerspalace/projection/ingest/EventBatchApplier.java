package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventEnvelope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch of events in one database transaction: the dedup records and the read model updates commit
 * together or not at all, so a redelivered event (within the batch, or after a crash or rebalance) is skipped and
 * a failed batch leaves no trace and is delivered again. Once a batch that changed the read models committed, it
 * tells the application so ({@link EventsApplied}).
 */
@Component
public class EventBatchApplier {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final TransactionTemplate transaction;
    private final ProcessedEvents processed;
    private final JdbcClient jdbc;
    private final EventHandlers handlers = new EventHandlers();
    private final ReadModelWrites writes;
    private final IngestMetrics metrics;
    private final ApplicationEventPublisher notices;

    EventBatchApplier(TransactionTemplate transaction, ProcessedEvents processed, JdbcClient jdbc,
                      ReadModelWrites writes, List<ReadModel> readModels, IngestMetrics metrics,
                      ApplicationEventPublisher notices) {
        this.transaction = transaction;
        this.processed = processed;
        this.jdbc = jdbc;
        this.writes = writes;
        this.metrics = metrics;
        this.notices = notices;
        readModels.forEach(readModel -> readModel.subscribe(handlers));
    }

    /** Applies the events that were not applied before, in the given order. */
    public void apply(List<EventEnvelope<Record>> events) {
        if (events.isEmpty()) {
            return;
        }
        Batch batch = Batch.of(events);
        List<EventEnvelope<Record>> applied = transaction.execute(status -> applyDistinct(batch));
        // counted only once committed: a rolled-back batch is delivered and counted again
        applied.forEach(event -> metrics.applied(event.type()));
        batch.duplicates().forEach(event -> metrics.duplicate(event.type()));
        if (!applied.isEmpty()) {
            notices.publishEvent(new EventsApplied(applied.size()));
        }
    }

    /**
     * Applies the events that were not applied before to the read model tables in {@code schema} rather than the
     * current ones, the same way and in one transaction, without counting them or telling anyone: a rebuild's
     * work. Answers how many were new there.
     */
    public int applyInto(String schema, List<EventEnvelope<Record>> events) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
        if (events.isEmpty()) {
            return 0;
        }
        Batch batch = Batch.of(events);
        return transaction.execute(status -> {
            // only that schema, for this transaction alone: a table missing there fails rather than writing elsewhere
            jdbc.sql("select set_config('search_path', ?, true)").param(schema).query(String.class).single();
            return applyDistinct(batch).size();
        });
    }

    private List<EventEnvelope<Record>> applyDistinct(Batch batch) {
        Set<String> fresh = processed.recordNew(batch.distinct());
        List<EventEnvelope<Record>> done = new ArrayList<>(fresh.size());
        for (EventEnvelope<Record> event : batch.distinct()) {
            (fresh.contains(event.eventId()) ? done : batch.duplicates()).add(event);
        }
        writes.applyAll(done, handlers::dispatch);
        return done;
    }

    /** The events of a batch, each event id once, and the repeats within the batch. */
    private record Batch(List<EventEnvelope<Record>> distinct, List<EventEnvelope<Record>> duplicates) {

        static Batch of(List<EventEnvelope<Record>> events) {
            List<EventEnvelope<Record>> distinct = new ArrayList<>(events.size());
            List<EventEnvelope<Record>> duplicates = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (EventEnvelope<Record> event : events) {
                (seen.add(event.eventId()) ? distinct : duplicates).add(event);
            }
            return new Batch(distinct, duplicates);
        }
    }
}
