package cn.workerspalace.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.platform.relay.CounterApplication.OpenCounterCommand;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;

/**
 * A transaction that took a global index and commits after the relay has read a later event is still relayed as
 * long as that later event is younger than {@code palace.event-store.gap-timeout}. Axon's 60 s default would give
 * the gap up as soon as the relay reads an event stored more than a minute before (a relay catching up after an
 * outage does); here the timeout is 2 minutes, and the later event is back-dated instead of waited for.
 */
@TestPropertySource(properties = {
        "palace.event-store.gap-timeout=2m", "palace.relay.topic=gap-events", "palace.relay.partitions=1"})
@EmbeddedKafka(kraft = true, partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class EventStoreGapTest extends RelayIntegrationTest {

    @Autowired
    DataSource dataSource;

    private Consumer<String, String> topic;
    private final Set<String> relayed = new HashSet<>();

    @BeforeEach
    void readTopic() {
        topic = consumer("gap-test", "gap-events");
        if (jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = 'template'",
                Integer.class) == 0) {
            commands.sendAndWait(new OpenCounterCommand("template"));
        }
    }

    @AfterEach
    void close() {
        topic.close();
    }

    @Test
    void an_event_committed_after_a_later_one_stored_90_s_earlier_is_relayed_within_the_configured_timeout()
            throws Exception {
        assertThat(relayedAfterLateCommit("held-90", Duration.ofSeconds(90))).isTrue();
    }

    @Test
    void an_event_committed_after_a_later_one_older_than_the_configured_timeout_is_given_up() throws Exception {
        // the other side of the same setting: it is the configured timeout, not Axon's 60 s, that decides
        assertThat(relayedAfterLateCommit("held-150", Duration.ofSeconds(150))).isFalse();
    }

    /**
     * Holds an insert of {@code heldId} open, stores a later event whose timestamp lies {@code laterEventAge} back,
     * waits until the relay has published that later one, commits the held insert, and tells whether it was relayed
     * by the time every segment of the relay has passed a marker sent afterwards (segments send in parallel, so the
     * marker's arrival alone says nothing about another segment; a segment's token moves only after the broker has
     * acknowledged what it sent, so once all tokens are past the marker, everything relayed is in the topic).
     */
    private boolean relayedAfterLateCommit(String heldId, Duration laterEventAge) throws Exception {
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            insertCopyOfTemplate(held, heldId, Instant.now());
            try (Connection later = dataSource.getConnection()) {
                insertCopyOfTemplate(later, heldId + "-later", Instant.now().minus(laterEventAge));
            }
            awaitRelayed(heldId + "-later");
            held.commit();
        }
        commands.sendAndWait(new OpenCounterCommand(heldId + "-marker"));
        long marker = jdbc.queryForObject("select globalindex from domainevententry where aggregateidentifier = ?",
                Long.class, heldId + "-marker");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> relayedPosition() >= marker);
        awaitRelayed(heldId + "-marker");
        readToTheEnd();
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Integer.class, heldId)).isEqualTo(1);
        return relayed.contains(heldId);
    }

    private void insertCopyOfTemplate(Connection connection, String aggregateId, Instant timestamp) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, timestamp)
                select ?, 0, type, gen_random_uuid()::text, metadata, payload, payloadrevision, payloadtype, ?
                from domainevententry where aggregateidentifier = 'template'""")) {
            insert.setString(1, aggregateId);
            insert.setString(2, timestamp.toString());
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private void readToTheEnd() {
        Map<TopicPartition, Long> ends = topic.endOffsets(topic.assignment());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            topic.poll(Duration.ofMillis(200)).forEach(record -> relayed.add(record.key()));
            return ends.entrySet().stream().allMatch(end -> topic.position(end.getKey()) >= end.getValue());
        });
    }

    private void awaitRelayed(String aggregateId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            topic.poll(Duration.ofMillis(200)).forEach(record -> relayed.add(record.key()));
            return relayed.contains(aggregateId);
        });
    }
}
