package cn.workerspalace.projection.ingest;

import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.Topics;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.projection.support.EventPublisher;
import cn.workerspalace.projection.support.StatsClient;
import cn.workerspalace.testsupport.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The write services create the topics; the projection may start first and must not create them itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@EmbeddedKafka(kraft = true, partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class TopicsCreatedLaterTest {

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry registry) {
        TestPostgres.registerDataSource(registry);
    }

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JdbcClient jdbc;

    @Test
    void events_on_topics_created_after_the_service_started_are_applied() throws Exception {
        // fails with TopicExistsException if the listeners had created the topics when they subscribed
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()))) {
            admin.createTopics(List.of(new NewTopic(Topics.COURSE_EVENTS, 3, (short) 1),
                    new NewTopic(Topics.ENROLLMENT_EVENTS, 3, (short) 1))).all().get();
        }
        try (EventPublisher publisher = new EventPublisher(broker, StatsClient.JSON, Instant.now())) {
            publisher.publish("p1", new PalaceRegisteredEvent("p1", "济南", PalaceLevel.CITY, "370100", null));
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                jdbc.sql("select count(*) from palace").query(Long.class).single() == 1);
    }
}
