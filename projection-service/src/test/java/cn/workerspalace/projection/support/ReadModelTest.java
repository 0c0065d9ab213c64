package cn.workerspalace.projection.support;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.EventTypes;
import cn.workerspalace.projection.ingest.EventBatchApplier;
import cn.workerspalace.testsupport.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The read models and their figures on a real PostgreSQL, fed straight through {@link EventBatchApplier} (the Kafka
 * listeners do not start): fast, and exact about transactions. Subclasses share one database; each test uses ids
 * of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.kafka.listener.auto-startup=false")
public abstract class ReadModelTest {

    private static Instant clock = Instant.parse("2026-01-01T00:00:00Z");

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry registry) {
        TestPostgres.registerDataSource(registry);
    }

    @Autowired
    protected EventBatchApplier applier;
    @Autowired
    protected JdbcClient jdbc;

    /** A new event of the aggregate as a relay would wrap it (the sequence is not looked at here). */
    protected static EventEnvelope<Record> envelope(String aggregateId, Record payload) {
        clock = clock.plus(Duration.ofSeconds(1));
        return new EventEnvelope<>(UUID.randomUUID().toString(), EventTypes.nameOf(payload.getClass()),
                EventTypes.revisionOf(payload.getClass()), aggregateId, 0, clock, payload);
    }

    /** Applies each payload as a new event of the given aggregate, all in one batch. */
    protected void apply(String aggregateId, Record... payloads) {
        applier.apply(Arrays.stream(payloads).map(payload -> envelope(aggregateId, payload)).toList());
    }

    @SafeVarargs
    protected final void applyBatch(EventEnvelope<Record>... events) {
        applier.apply(List.of(events));
    }

    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
