package cn.workerspalace.platform.relay;

import cn.workerspalace.testsupport.TestPostgres;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link CounterApplication} with the platform's relay, on a real PostgreSQL and an embedded Kafka broker. Each test
 * class declares its broker ({@code @EmbeddedKafka}) and its relay settings ({@code @TestPropertySource}), and so
 * gets an application context of its own.
 */
@SpringBootTest(classes = CounterApplication.class)
abstract class RelayIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.registerDataSource(registry);
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    ObjectMapper json;

    /** A consumer of {@code topic} from its first record, in a group of its own; the caller closes it. */
    Consumer<String, String> consumer(String group, String topic) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(group, "false", broker);
        props.put("auto.offset.reset", "earliest");
        Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new StringDeserializer()).createConsumer();
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /**
     * The global index every segment of the relay has passed (the lowest over segments), or -1 while a segment has
     * not passed any event or no segment exists yet: with segments, only that position is relayed throughout.
     */
    long relayedPosition() {
        List<byte[]> tokens = jdbc.queryForList(
                "select token from tokenentry where processorname = 'kafka-relay'", byte[].class);
        return tokens.stream().mapToLong(this::indexOf).min().orElse(-1);
    }

    int relaySegments() {
        return jdbc.queryForObject("select count(*) from tokenentry where processorname = 'kafka-relay'",
                Integer.class);
    }

    long lastGlobalIndex() {
        return jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
    }

    private long indexOf(byte[] token) {
        if (token == null) {
            return -1;
        }
        try {
            return json.readTree(token).get("index").asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
