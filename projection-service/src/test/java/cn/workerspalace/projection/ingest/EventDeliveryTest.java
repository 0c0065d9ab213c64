package cn.workerspalace.projection.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.Topics;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.support.ProjectionIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/** Exactly-once application over at-least-once delivery, and events of the two topics in any order. */
class EventDeliveryTest extends ProjectionIntegrationTest {

    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @Test
    void the_same_record_delivered_twice_changes_the_figures_once() {
        String palace = newPalace("370300");
        events.course("c-" + palace, palace, "书法", "楷书");
        events.openClass("k-" + palace, "c-" + palace, palace, 5, 2, 2031);
        EventEnvelope<Record> raise = publisher.publish("k-" + palace,
                new ClassCapacityChangedEvent("k-" + palace, palace, 5, 8));
        publisher.publish("k-" + palace, new ClassCapacityChangedEvent("k-" + palace, palace, 8, 6));
        EventEnvelope<Record> signUp = publisher.publish("k-" + palace, new TraineeSignedUpEvent("k-" + palace,
                "w1", null, SignUpStatus.CONFIRMED, null, Instant.parse("2031-01-10T02:00:00Z")));
        events.cancelled("k-" + palace, "w1", SignUpStatus.CONFIRMED);
        events.confirmed("k-" + palace, "w2");
        awaitApplied();
        double duplicatesBefore = count(IngestMetrics.DUPLICATES);

        // a relay that crashed before its token moved sends old records again, after newer ones
        publisher.send(raise);
        publisher.send(signUp);
        // one new event behind the repeats on each topic: once both are applied, the repeats have been consumed
        events.course("c2-" + palace, palace, "书法", "行书");
        events.attended("k-" + palace, "w2", 0);
        awaitApplied();

        PalaceStats figures = stats.palace(palace, 2031);
        assertThat(figures.seats()).isEqualTo(6);
        assertThat(figures.confirmed()).isEqualTo(1);
        assertThat(figures.distinctTrainees()).isEqualTo(1);
        assertThat(count(IngestMetrics.DUPLICATES)).isEqualTo(duplicatesBefore + 2);
    }

    @Test
    void a_consumer_group_rewound_to_the_first_offset_replays_every_event_without_changing_a_figure() {
        String palace = newPalace("370400");
        events.course("c-" + palace, palace, "摄影", "手机摄影");
        events.openClass("k-" + palace, "c-" + palace, palace, 1, 3, 2032);
        events.confirmed("k-" + palace, "w1");
        events.waitlisted("k-" + palace, "w2", 1);
        events.attended("k-" + palace, "w1", 0);
        events.cancelled("k-" + palace, "w1", SignUpStatus.CONFIRMED);
        events.promoted("k-" + palace, "w2");
        awaitApplied();
        List<PalaceStats> before = stats.palaces(2032);
        double appliedBefore = count(IngestMetrics.APPLIED);
        double duplicatesBefore = count(IngestMetrics.DUPLICATES);
        long recorded = jdbc.sql("select count(*) from processed_event").query(Long.class).single();

        rewindConsumerGroupToTheStart();
        // one new event behind everything on each topic: once both are applied, the replay is over
        String sentinelPalace = newPalace("370401");
        events.worker("w-" + sentinelPalace, sentinelPalace, "370401");
        awaitApplied();

        assertThat(count(IngestMetrics.APPLIED)).isEqualTo(appliedBefore + 2);
        assertThat(count(IngestMetrics.DUPLICATES)).isGreaterThanOrEqualTo(duplicatesBefore + recorded);
        assertThat(stats.palaces(2032)).filteredOn(figures -> !figures.palaceId().equals(sentinelPalace))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("asOfEvent")
                .containsExactlyElementsOf(before);
        assertThat(stats.palace(palace, 2032)).extracting(PalaceStats::confirmed, PalaceStats::waitlisted,
                PalaceStats::attendances, PalaceStats::distinctTrainees).containsExactly(1L, 0L, 1L, 2L);
    }

    @Test
    void sign_ups_that_arrive_before_their_class_count_once_the_class_opens() {
        String palace = newPalace("370500");
        String clazz = "k-" + palace;
        events.confirmed(clazz, "w1");
        events.confirmed(clazz, "w2");
        events.waitlisted(clazz, "w3", 1);
        events.cancelled(clazz, "w2", SignUpStatus.CONFIRMED);
        events.promoted(clazz, "w3");
        events.waitlisted(clazz, "w4", 1);
        events.attended(clazz, "w1", 0);
        awaitApplied();
        assertThat(stats.palace(palace, 2033).confirmed()).isZero();

        events.course("c-" + palace, palace, "烘焙", "面包");
        events.openClass(clazz, "c-" + palace, palace, 2, 2, 2033);
        awaitApplied();

        assertThat(stats.palace(palace, 2033)).extracting(PalaceStats::classesOpened, PalaceStats::seats,
                        PalaceStats::confirmed, PalaceStats::waitlisted, PalaceStats::attendances,
                        PalaceStats::distinctTrainees)
                .containsExactly(1L, 2L, 2L, 1L, 1L, 2L);
    }

    @Test
    void classes_of_a_palace_registered_after_them_count_once_it_is() {
        String palace = "palace-" + UUID.randomUUID();
        events.course("c-" + palace, palace, "太极", "太极拳");
        events.openClass("k-" + palace, "c-" + palace, palace, 4, 1, 2034);
        events.confirmed("k-" + palace, "w1");
        awaitApplied();
        assertThat(stats.get("/api/stats/palaces/" + palace + "?year=2034").getStatusCode().value()).isEqualTo(404);

        events.palace(palace, "后注册的文化宫", PalaceLevel.COUNTY, "370600", null);
        awaitApplied();

        assertThat(stats.palace(palace, 2034)).extracting(PalaceStats::courses, PalaceStats::classesOpened,
                PalaceStats::seats, PalaceStats::confirmed).containsExactly(1L, 1L, 4L, 1L);
    }

    @Test
    void a_sign_up_published_as_revision_1_counts_and_has_no_service_point() {
        String palace = newPalace("370700");
        events.course("c-" + palace, palace, "书法", "隶书");
        events.openClass("k-" + palace, "c-" + palace, palace, 5, 2, 2027);
        String oldEvent = UUID.randomUUID().toString();
        publisher.sendRaw(Topics.ENROLLMENT_EVENTS, "k-" + palace, publisher.write(Map.of("eventId", oldEvent,
                "type", "TraineeSignedUpEvent", "revision", "1", "aggregateId", "k-" + palace,
                "aggregateSequence", 1, "timestamp", "2027-11-01T00:00:00Z", "payload", Map.of(
                        "classId", "k-" + palace, "workerId", "w1", "status", "CONFIRMED",
                        "signedUpAt", "2027-11-01T00:00:00Z"))));
        events.confirmed("k-" + palace, "w2");
        awaitApplied(List.of(oldEvent));
        awaitApplied();

        assertThat(stats.palace(palace, 2027).confirmed()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from sign_up where class_id = ? and service_point_id is null")
                .param("k-" + palace).query(Long.class).single()).isEqualTo(2);
    }

    private String newPalace(String cityCode) {
        String palace = "palace-" + UUID.randomUUID();
        events.palace(palace, "文化宫 " + cityCode, PalaceLevel.CITY, cityCode, null);
        return palace;
    }

    private void rewindConsumerGroupToTheStart() {
        List<MessageListenerContainer> containers = List.of(
                listeners.getListenerContainer(EventConsumer.COURSE_LISTENER),
                listeners.getListenerContainer(EventConsumer.ENROLLMENT_LISTENER));
        containers.forEach(MessageListenerContainer::stop);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()))) {
            // accepted only once the group has no member left
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                admin.alterConsumerGroupOffsets(group, Map.of(
                        new TopicPartition(Topics.COURSE_EVENTS, 0), new OffsetAndMetadata(0),
                        new TopicPartition(Topics.ENROLLMENT_EVENTS, 0), new OffsetAndMetadata(0))).all().get();
                return true;
            });
        }
        containers.forEach(MessageListenerContainer::start);
    }
}
