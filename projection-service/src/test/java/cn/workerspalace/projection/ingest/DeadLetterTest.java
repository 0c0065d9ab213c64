package cn.workerspalace.projection.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.Topics;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.projection.support.ProjectionIntegrationTest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * Poison records go to {@code <topic>.DLT}, unchanged and with the reason in a header, and the records behind them
 * on the same partition are applied.
 */
class DeadLetterTest extends ProjectionIntegrationTest {

    @Test
    void a_record_that_is_not_json_goes_to_the_dead_letters_with_its_reason_and_the_records_behind_it_apply() {
        double before = count(IngestMetrics.DEAD_LETTERED, "reason", "not-json");
        byte[] garbage = {(byte) 0xff, 0x00, 'n', 'o', 't', ' ', 'j', 's', 'o', 'n'};
        String key = "poison-" + UUID.randomUUID();
        long offset = sendBytes(Topics.ENROLLMENT_EVENTS, key, garbage);
        String palace = newPalace("370800");
        events.worker("w-" + palace, palace, "370800");
        awaitApplied();

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(Topics.ENROLLMENT_EVENTS + ".DLT", key);

        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, DeadLetters.REASON_HEADER)).isEqualTo("not-json");
        assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.ENROLLMENT_EVENTS);
        assertThat(ByteBuffer.wrap(dead.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong())
                .isEqualTo(offset);
        assertThat(count(IngestMetrics.DEAD_LETTERED, "reason", "not-json")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from worker where worker_id = ?").param("w-" + palace)
                .query(Long.class).single()).isOne();
    }

    @Test
    void a_record_of_unknown_type_goes_to_the_dead_letters_as_unknown_type_and_is_not_applied() {
        double before = count(IngestMetrics.DEAD_LETTERED, "reason", "unknown-type");
        String unknownId = UUID.randomUUID().toString();
        String key = "poison-" + UUID.randomUUID();
        publisher.sendRaw(Topics.COURSE_EVENTS, key, publisher.write(Map.of("eventId", unknownId,
                "type", "PalaceRenamedEvent", "revision", "1", "aggregateId", key, "aggregateSequence", 3,
                "timestamp", "2027-12-01T00:00:00Z", "payload", Map.of("palaceId", "x", "name", "新名"))));
        String palace = newPalace("370700");
        awaitApplied();

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(Topics.COURSE_EVENTS + ".DLT", key);

        assertThat(header(dead, DeadLetters.REASON_HEADER)).isEqualTo("unknown-type");
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("PalaceRenamedEvent");
        assertThat(count(IngestMetrics.DEAD_LETTERED, "reason", "unknown-type")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from processed_event where event_id = ?").param(unknownId)
                .query(Long.class).single()).isZero();
        assertThat(stats.palace(palace, 2027).palaceId()).isEqualTo(palace);
    }

    @Test
    void a_sign_up_of_a_revision_newer_than_this_build_goes_to_the_dead_letters_as_newer_revision() {
        double before = count(IngestMetrics.DEAD_LETTERED, "reason", "newer-revision");
        String key = "k-" + UUID.randomUUID();
        publisher.sendRaw(Topics.ENROLLMENT_EVENTS, key, publisher.write(Map.of("eventId",
                UUID.randomUUID().toString(), "type", "TraineeSignedUpEvent", "revision", "3", "aggregateId", key,
                "aggregateSequence", 0, "timestamp", "2027-12-01T00:00:00Z", "payload", Map.of(
                        "classId", key, "workerId", "w1", "channel", "app", "status", "CONFIRMED",
                        "signedUpAt", "2027-12-01T00:00:00Z"))));
        events.confirmed(key, "w2");
        awaitApplied();

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(Topics.ENROLLMENT_EVENTS + ".DLT", key);

        assertThat(header(dead, DeadLetters.REASON_HEADER)).isEqualTo("newer-revision");
        assertThat(count(IngestMetrics.DEAD_LETTERED, "reason", "newer-revision")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select worker_id from sign_up where class_id = ?").param(key).query(String.class)
                .list()).containsExactly("w2");
    }

    @Test
    void prometheus_exposes_the_dead_letter_counter_by_reason() {
        String scrape = stats.get("/actuator/prometheus").getBody();

        assertThat(scrape).contains("projection_events_dead_lettered_total{reason=\"not-json\"}",
                "projection_events_dead_lettered_total{reason=\"invalid-payload\"}");
    }

    private String newPalace(String cityCode) {
        String palace = "palace-" + UUID.randomUUID();
        events.palace(palace, "文化宫 " + cityCode, PalaceLevel.CITY, cityCode, null);
        return palace;
    }

    private long sendBytes(String topic, String key, byte[] value) {
        Map<String, Object> properties = KafkaTestUtils.producerProps(broker);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties)) {
            RecordMetadata sent = producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
            return sent.offset();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        }
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String topic, String key) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> find(topic, key), Optional::isPresent).get();
    }

    private Optional<ConsumerRecord<String, byte[]>> find(String topic, String key) {
        Map<String, Object> properties = KafkaTestUtils.consumerProps("dlt-reader-" + UUID.randomUUID(), "false",
                broker);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        try (Consumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> partitions = consumer.listTopics().getOrDefault(topic, List.of());
            List<TopicPartition> assigned = partitions.stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (assigned.isEmpty()) {
                return Optional.empty();
            }
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
            while (assigned.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
