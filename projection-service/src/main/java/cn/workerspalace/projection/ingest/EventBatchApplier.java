package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventEnvelope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
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

    private final TransactionTemplate transaction;
    private final ProcessedEvents processed;
    private final EventHandlers handlers = new EventHandlers();
    private final IngestMetrics metrics;
    private final ApplicationEventPublisher notices;

    EventBatchApplier(TransactionTemplate transaction, ProcessedEvents processed, List<ReadModel> readModels,
                      IngestMetrics metrics, ApplicationEventPublisher notices) {
        this.transaction = transaction;
        this.processed = processed;
        this.metrics = metrics;
        this.notices = notices;
        readModels.forEach(readModel -> readModel.subscribe(handlers));
    }

    /** Applies the events that were not applied before, in the given order. */
    public void apply(List<EventEnvelope<Record>> events) {
        if (events.isEmpty()) {
            return;
        }
        List<EventEnvelope<Record>> distinct = new ArrayList<>(events.size());
        List<EventEnvelope<Record>> duplicates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EventEnvelope<Record> event : events) {
            (seen.add(event.eventId()) ? distinct : duplicates).add(event);
        }
        List<EventEnvelope<Record>> applied = transaction.execute(status -> {
            Set<String> fresh = processed.recordNew(distinct);
            List<EventEnvelope<Record>> done = new ArrayList<>(fresh.size());
            for (EventEnvelope<Record> event : distinct) {
                if (fresh.contains(event.eventId())) {
                    handlers.dispatch(event);
                    done.add(event);
                } else {
                    duplicates.add(event);
                }
            }
            return done;
        });
        // counted only once committed: a rolled-back batch is delivered and counted again
        applied.forEach(event -> metrics.applied(event.type()));
        duplicates.forEach(event -> metrics.duplicate(event.type()));
        if (!applied.isEmpty()) {
            notices.publishEvent(new EventsApplied(applied.size()));
        }
    }
}
