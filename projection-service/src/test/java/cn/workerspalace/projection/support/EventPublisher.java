package cn.workerspalace.projection.support;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.EventTypes;
import cn.workerspalace.contracts.Topics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * Publishes events as the write services' relays do: a JSON {@link EventEnvelope} on the payload's topic, keyed by
 * aggregate id, with a fresh event id, the aggregate's next sequence number and an ever later timestamp.
 */
public final class EventPublisher implements AutoCloseable {

    private final KafkaTemplate<String, String> kafka;
    private final DefaultKafkaProducerFactory<String, String> producers;
    private final ObjectMapper json;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<EventEnvelope<Record>> published = new ArrayList<>();
    private final List<CompletableFuture<?>> inFlight = new ArrayList<>();
    private Instant clock;

    public EventPublisher(EmbeddedKafkaBroker broker, ObjectMapper json, Instant start) {
        Map<String, Object> properties = KafkaTestUtils.producerProps(broker);
        this.producers = new DefaultKafkaProducerFactory<>(properties, new StringSerializer(), new StringSerializer());
        this.kafka = new KafkaTemplate<>(producers);
        this.json = json;
        this.clock = start;
    }

    /** Publishes a new event of the aggregate and answers its envelope. */
    public EventEnvelope<Record> publish(String aggregateId, Record payload) {
        EventEnvelope<Record> envelope = next(aggregateId, payload);
        send(envelope);
        return envelope;
    }

    /**
     * Publishes a new event of the aggregate without waiting for the broker: many events quickly, still in order
     * per key. {@link #flush()} waits until the broker has taken them all.
     */
    public EventEnvelope<Record> publishLater(String aggregateId, Record payload) {
        EventEnvelope<Record> envelope = next(aggregateId, payload);
        inFlight.add(kafka.send(new ProducerRecord<>(topicOf(payload), aggregateId, write(envelope))));
        published.add(envelope);
        return envelope;
    }

    /** Waits until the broker has taken every event published with {@link #publishLater}. */
    public void flush() {
        try {
            for (CompletableFuture<?> sent : inFlight) {
                sent.get(60, TimeUnit.SECONDS);
            }
            inFlight.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the records", e);
        }
    }

    private EventEnvelope<Record> next(String aggregateId, Record payload) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        clock = clock.plus(Duration.ofSeconds(1));
        return new EventEnvelope<>(UUID.randomUUID().toString(), EventTypes.nameOf(payload.getClass()),
                EventTypes.revisionOf(payload.getClass()), aggregateId, sequence, clock, payload);
    }

    /** The events published from now on are stamped one second apart, the first one second after {@code start}. */
    public void timeFrom(Instant start) {
        clock = start;
    }

    /** Sends a record with this envelope (again: the same event id, sequence and time). */
    public void send(EventEnvelope<Record> envelope) {
        sendRaw(topicOf(envelope.payload()), envelope.aggregateId(), write(envelope));
        published.add(envelope);
    }

    /** Sends any value, as a relay of another version might. */
    public void sendRaw(String topic, String key, String value) {
        try {
            kafka.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        }
    }

    /** Every envelope sent so far, in sending order (a resent one again). */
    public List<EventEnvelope<Record>> sent() {
        return List.copyOf(published);
    }

    /** Distinct event ids sent so far. */
    public List<String> eventIds() {
        return published.stream().map(EventEnvelope::eventId).distinct().toList();
    }

    /** The timestamp of the newest event sent. */
    public Instant newest() {
        return published.stream().map(EventEnvelope::timestamp).max(Instant::compareTo).orElseThrow();
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String topicOf(Record payload) {
        return EventTypes.COURSE.contains(payload.getClass()) ? Topics.COURSE_EVENTS : Topics.ENROLLMENT_EVENTS;
    }

    @Override
    public void close() {
        flush();
        producers.destroy();
    }
}
