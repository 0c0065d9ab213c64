package cn.workerspalace.platform.relay;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.EventTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The event store is the outbox: the relay's streaming processor reads every stored event and publishes it to the
 * service's topic, keyed by aggregate id. Events are split into segments by aggregate id, so one aggregate's events
 * are sent in order by one segment, while segments send in parallel. A segment's whole batch is sent without
 * waiting; the batch's unit of work then waits once for every acknowledgement before it commits, so the segment's
 * token (stored in that same transaction) only moves past events the broker has acknowledged. A failure rolls the
 * batch back and it is sent again: delivery is at least once, and consumers deduplicate.
 */
@ProcessingGroup(KafkaEventRelay.PROCESSING_GROUP)
public class KafkaEventRelay {

    public static final String PROCESSING_GROUP = "kafka-relay";
    private static final String PENDING_SENDS = KafkaEventRelay.class.getName() + ".pending";

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;
    private final RelayProperties properties;

    public KafkaEventRelay(KafkaTemplate<String, String> kafka, ObjectMapper json, RelayProperties properties) {
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
    }

    @EventHandler
    void relay(Object payload, EventMessage<?> event) {
        String aggregateId = event.getIdentifier();
        long sequence = 0;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            aggregateId = domainEvent.getAggregateIdentifier();
            sequence = domainEvent.getSequenceNumber();
        }
        EventEnvelope<Object> envelope = new EventEnvelope<>(
                event.getIdentifier(),
                EventTypes.nameOf(payload.getClass()),
                EventTypes.revisionOf(payload.getClass()),
                aggregateId,
                sequence,
                event.getTimestamp(),
                payload);
        pendingSends().add(kafka.send(properties.topic(), aggregateId, toJson(envelope)));
    }

    private List<CompletableFuture<?>> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<?>> sends) {
        kafka.flush();
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayFailedException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new RelayFailedException("Kafka did not acknowledge a batch of " + sends.size() + " events", e);
        }
    }

    private String toJson(EventEnvelope<Object> envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + envelope.eventId() + " cannot be written as JSON", e);
        }
    }

    static class RelayFailedException extends RuntimeException {
        RelayFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
