package cn.workerspalace.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.platform.relay.CounterApplication.IncrementCounterCommand;
import cn.workerspalace.platform.relay.CounterApplication.OpenCounterCommand;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The outbox guarantee: every stored event reaches the topic, in order per aggregate, keyed by aggregate id, and the
 * relay's token never moves past an event the broker has not acknowledged. The broker here refuses to create topics
 * on demand, so until the test creates the topic every send fails.
 */
@EmbeddedKafka(kraft = true, partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = "auto.create.topics.enable=false")
class KafkaEventRelayTest extends RelayIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void stored_events_reach_the_topic_only_once_the_broker_acknowledges_them() throws Exception {
        commands.sendAndWait(new OpenCounterCommand("counter-1"));
        commands.sendAndWait(new IncrementCounterCommand("counter-1"));
        commands.sendAndWait(new OpenCounterCommand("counter-2"));

        // the topic does not exist yet: the relay must keep failing and keep its token before the first event
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(relayedPosition()).isLessThan(0));
        assertThat(meters.get("palace.relay.lag.events").gauge().value()).isGreaterThanOrEqualTo(3);

        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
            admin.createTopics(List.of(new NewTopic("counter-events", 1, (short) 1))).all().get();
        }

        List<ConsumerRecord<String, String>> records = consume(3);
        // counter-1 and counter-2 may fall into different segments of the relay, which send in parallel: only the
        // order per aggregate is promised (it is what consumers rely on), not the order between aggregates
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("counter-1", "counter-1",
                "counter-2");
        List<ConsumerRecord<String, String>> counter1 = records.stream()
                .filter(record -> record.key().equals("counter-1")).toList();

        JsonNode opened = json.readTree(counter1.get(0).value());
        assertThat(opened.get("type").asText()).isEqualTo("CounterOpenedEvent");
        assertThat(opened.get("revision").asText()).isEqualTo("1");
        assertThat(opened.get("aggregateId").asText()).isEqualTo("counter-1");
        assertThat(opened.get("aggregateSequence").asLong()).isZero();
        assertThat(opened.get("eventId").asText()).isNotBlank();
        assertThat(opened.get("timestamp").asText()).endsWith("Z");
        assertThat(opened.get("payload").get("counterId").asText()).isEqualTo("counter-1");

        JsonNode incremented = json.readTree(counter1.get(1).value());
        assertThat(incremented.get("type").asText()).isEqualTo("CounterIncrementedEvent");
        assertThat(incremented.get("revision").asText()).isEqualTo("2");
        assertThat(incremented.get("aggregateSequence").asLong()).isEqualTo(1);
        assertThat(incremented.get("payload").get("value").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(relayedPosition()).isEqualTo(lastGlobalIndex()));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(meters.get("palace.relay.lag.events").gauge().value()).isZero());
    }

    @Test
    void a_second_aggregate_with_a_used_id_is_refused_as_a_creation_conflict() {
        commands.sendAndWait(new OpenCounterCommand("counter-twice"));

        assertThatThrownBy(() -> commands.sendAndWait(new OpenCounterCommand("counter-twice")))
                .isInstanceOf(AggregateStreamCreationException.class)
                .satisfies(failure -> {
                    // the driver would inline the statement's parameters, the event payload among them, as \x7b22...
                    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                        assertThat(String.valueOf(cause.getMessage())).doesNotContain("\\x7b");
                    }
                });
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Integer.class, "counter-twice")).isEqualTo(1);
    }

    private List<ConsumerRecord<String, String>> consume(int count) {
        try (Consumer<String, String> consumer = consumer("relay-test", "counter-events")) {
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (!record.key().equals("counter-twice")) {
                        records.add(record);
                    }
                });
                return records.size() >= count;
            });
            return records;
        }
    }
}
