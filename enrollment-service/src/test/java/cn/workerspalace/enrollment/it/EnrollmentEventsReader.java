package cn.workerspalace.enrollment.it;

import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.Topics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Reads enrollment-events from the beginning, as a consumer of its own, and keeps what it saw. */
final class EnrollmentEventsReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final ObjectMapper json;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    EnrollmentEventsReader(EmbeddedKafkaBroker broker, ObjectMapper json) {
        this.json = json;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.ENROLLMENT_EVENTS));
    }

    /** Waits until at least {@code count} records keyed by the aggregate arrived, and returns their values. */
    List<JsonNode> awaitEnvelopes(String aggregateId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return recordsOf(aggregateId).size() >= count;
        });
        return recordsOf(aggregateId).stream().map(this::parse).toList();
    }

    private List<ConsumerRecord<String, String>> recordsOf(String aggregateId) {
        return seen.stream().filter(record -> aggregateId.equals(record.key())).toList();
    }

    List<String> values() {
        return seen.stream().map(ConsumerRecord::value).toList();
    }

    private JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
