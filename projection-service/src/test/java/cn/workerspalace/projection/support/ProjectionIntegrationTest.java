package cn.workerspalace.projection.support;

import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.Topics;
import cn.workerspalace.testsupport.TestPostgres;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a real PostgreSQL and a real (embedded, KRaft) Kafka broker; subclasses share one context,
 * so each test works with palaces and classes of its own. "Now" is 2028-01-01 00:30 in Shanghai (still 2027 in
 * UTC).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "palace.lag.refresh-interval=PT0.5S")
@EmbeddedKafka(kraft = true, partitions = 1, topics = {Topics.COURSE_EVENTS, Topics.ENROLLMENT_EVENTS},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(ProjectionIntegrationTest.FixedClock.class)
@AutoConfigureObservability(tracing = false)
public abstract class ProjectionIntegrationTest {

    protected static final Instant NOW = Instant.parse("2027-12-31T16:30:00Z");

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry registry) {
        TestPostgres.registerDataSource(registry);
    }

    @Autowired
    protected EmbeddedKafkaBroker broker;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected MeterRegistry meters;

    protected EventPublisher publisher;
    protected Events events;
    protected StatsClient stats;

    @BeforeEach
    void connect() {
        publisher = new EventPublisher(broker, StatsClient.JSON, NOW.minus(Duration.ofDays(30)));
        events = new Events(publisher);
        stats = new StatsClient(http);
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    /** Waits until every event this test published so far has been applied. */
    protected void awaitApplied() {
        awaitApplied(publisher.eventIds());
    }

    protected void awaitApplied(Collection<String> eventIds) {
        List<String> ids = List.copyOf(eventIds);
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc
                .sql("select count(*) from processed_event where event_id = any(?::text[])")
                .param(ids.toArray(String[]::new))
                .query(Long.class)
                .single() == ids.size());
    }

    protected double count(String meter) {
        return meters.find(meter).counters().stream().mapToDouble(Counter::count).sum();
    }

    protected double count(String meter, String tag, String value) {
        return meters.find(meter).tag(tag, value).counters().stream().mapToDouble(Counter::count).sum();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneId.of("UTC"));
        }
    }
}
