package cn.workerspalace.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.platform.relay.CounterApplication.IncrementCounterCommand;
import cn.workerspalace.platform.relay.CounterApplication.OpenCounterCommand;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;

/**
 * Many aggregates through a relay of several segments, with every batch failing until the topic exists and events
 * stored all along: each aggregate's events reach its partition in sequence order, and every stored event arrives
 * (at least once; only a failed batch may be sent again, and a resend never runs ahead of the aggregate's order).
 */
@TestPropertySource(properties = {
        "palace.relay.topic=segment-events", "palace.relay.segments=4", "palace.relay.batch-size=50"})
@EmbeddedKafka(kraft = true, partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = "auto.create.topics.enable=false")
class RelaySegmentsTest extends RelayIntegrationTest {

    private static final int AGGREGATES = 40;
    private static final int INCREMENTS = 12;

    @Test
    void each_aggregate_reaches_its_partition_in_sequence_order_and_no_event_is_lost() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < AGGREGATES; i++) {
            String counterId = "counter-" + i;
            writes.add(clients.submit(() -> {
                commands.sendAndWait(new OpenCounterCommand(counterId));
                for (int n = 0; n < INCREMENTS; n++) {
                    commands.sendAndWait(new IncrementCounterCommand(counterId));
                }
            }));
        }
        // the first batches fail while the topic is missing; the rest of the writes go on meanwhile
        Thread.sleep(1500);
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
            admin.createTopics(List.of(new NewTopic("segment-events", 3, (short) 1))).all().get();
        }
        for (Future<?> write : writes) {
            write.get();
        }
        clients.shutdown();
        int stored = AGGREGATES * (INCREMENTS + 1);
        assertThat(jdbc.queryForObject("select count(*) from domainevententry", Integer.class)).isEqualTo(stored);

        Map<String, List<Long>> sequencesByAggregate = consumeDistinct(stored);

        assertThat(relaySegments()).isEqualTo(4);
        assertThat(sequencesByAggregate).hasSize(AGGREGATES);
        sequencesByAggregate.forEach((aggregate, sequences) -> {
            long highest = -1;
            for (long sequence : sequences) {
                assertThat(sequence).as("%s: an event ahead of its predecessors in %s", aggregate, sequences)
                        .isLessThanOrEqualTo(highest + 1);
                highest = Math.max(highest, sequence);
            }
            assertThat(new HashSet<>(sequences)).as(aggregate).hasSize(INCREMENTS + 1);
        });
        await().atMost(Duration.ofSeconds(30))
                .until(() -> relayedPosition() == lastGlobalIndex());
    }

    /** Every record's aggregate sequence, per aggregate in offset order, read until all stored events are in. */
    private Map<String, List<Long>> consumeDistinct(int stored) {
        Map<String, List<Long>> sequences = new HashMap<>();
        Set<String> eventIds = new HashSet<>();
        try (Consumer<String, String> consumer = consumer("segments-test", "segment-events")) {
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    JsonNode envelope = read(record.value());
                    assertThat(envelope.get("aggregateId").asText()).isEqualTo(record.key());
                    eventIds.add(envelope.get("eventId").asText());
                    sequences.computeIfAbsent(record.key(), key -> new ArrayList<>())
                            .add(envelope.get("aggregateSequence").asLong());
                });
                return eventIds.size() >= stored;
            });
        }
        assertThat(eventIds).hasSize(stored);
        return sequences;
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
