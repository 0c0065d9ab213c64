package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.Topics;
import cn.workerspalace.course.support.Api.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Every change made through the API reaches course-events as an envelope, in order per aggregate. */
class CourseEventsRelayTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Test
    void every_change_reaches_course_events_in_order_keyed_by_aggregate_id() throws Exception {
        String palaceId = newId("city");
        String cityCode = newCityCode();
        cityPalace(palaceId, cityCode);
        assertThat(api().post("/api/palaces/" + palaceId + "/service-points", """
                {"id": "%s-sp", "name": "泉城路站", "address": "泉城路 1 号"}""".formatted(palaceId)).status())
                .isEqualTo(201);
        String courseId = course(palaceId);
        String classId = openClass(courseId);
        Response resized = api().post("/api/classes/" + classId + "/capacity", "{\"capacity\": 45}");
        assertThat(resized.status()).as(resized.toString()).isEqualTo(200);
        Response cancelled = api().post("/api/classes/" + classId + "/cancel", "{\"reason\": \"场地维修\"}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        Map<String, List<JsonNode>> byKey = consumeUntil(Map.of(palaceId, 2, courseId, 1, classId, 3));

        List<JsonNode> palace = byKey.get(palaceId);
        assertEnvelope(palace.get(0), "PalaceRegisteredEvent", palaceId, 0);
        assertThat(palace.get(0).path("payload").path("palaceId").asText()).isEqualTo(palaceId);
        assertThat(palace.get(0).path("payload").path("level").asText()).isEqualTo("CITY");
        assertThat(palace.get(0).path("payload").path("cityCode").asText()).isEqualTo(cityCode);
        assertThat(palace.get(0).path("payload").path("parentId").asText()).isEqualTo(PROVINCE_ID);
        assertEnvelope(palace.get(1), "ServicePointOpenedEvent", palaceId, 1);
        assertThat(palace.get(1).path("payload").path("servicePointId").asText()).isEqualTo(palaceId + "-sp");
        assertThat(palace.get(1).path("payload").path("address").asText()).isEqualTo("泉城路 1 号");

        JsonNode course = byKey.get(courseId).get(0);
        assertEnvelope(course, "CourseCreatedEvent", courseId, 0);
        assertThat(course.path("payload").path("palaceId").asText()).isEqualTo(palaceId);
        assertThat(course.path("payload").path("category").asText()).isEqualTo("书法");

        List<JsonNode> clazz = byKey.get(classId);
        assertEnvelope(clazz.get(0), "ClassOpenedEvent", classId, 0);
        JsonNode opened = clazz.get(0).path("payload");
        assertThat(opened.path("courseId").asText()).isEqualTo(courseId);
        assertThat(opened.path("palaceId").asText()).isEqualTo(palaceId);
        assertThat(opened.path("capacity").asInt()).isEqualTo(30);
        assertThat(opened.path("year").asInt()).isEqualTo(2026);
        assertThat(opened.path("enrolmentOpensAt").asText()).isEqualTo("2026-02-01T01:00:00Z");
        assertThat(opened.path("lessons")).hasSize(2);
        assertThat(opened.path("lessons").get(0).path("startsAt").asText()).isEqualTo("2026-03-01T01:00:00Z");
        assertEnvelope(clazz.get(1), "ClassCapacityChangedEvent", classId, 1);
        assertThat(clazz.get(1).path("payload").path("previousCapacity").asInt()).isEqualTo(30);
        assertThat(clazz.get(1).path("payload").path("capacity").asInt()).isEqualTo(45);
        assertEnvelope(clazz.get(2), "ClassCancelledEvent", classId, 2);
        assertThat(clazz.get(2).path("payload").path("reason").asText()).isEqualTo("场地维修");
        assertThat(clazz.get(2).path("payload").path("palaceId").asText()).isEqualTo(palaceId);
    }

    private static void assertEnvelope(JsonNode envelope, String type, String aggregateId, long sequence) {
        assertThat(envelope.path("type").asText()).isEqualTo(type);
        assertThat(envelope.path("revision").asText()).isEqualTo("1");
        assertThat(envelope.path("aggregateId").asText()).isEqualTo(aggregateId);
        assertThat(envelope.path("aggregateSequence").asLong()).isEqualTo(sequence);
        assertThat(envelope.path("eventId").asText()).isNotBlank();
        assertThat(envelope.path("timestamp").asText()).isNotBlank();
    }

    /** Reads course-events from the start until each key has the expected number of records, in topic order. */
    private Map<String, List<JsonNode>> consumeUntil(Map<String, Integer> expected) throws Exception {
        Map<String, Object> properties = KafkaTestUtils.consumerProps(broker.getBrokersAsString(),
                newId("relay-test"), "false");
        Map<String, List<JsonNode>> byKey = new java.util.HashMap<>();
        expected.keySet().forEach(key -> byKey.put(key, new ArrayList<>()));
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(Topics.COURSE_EVENTS));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (byKey.containsKey(record.key())) {
                        byKey.get(record.key()).add(JSON.readTree(record.value()));
                    }
                }
                expected.forEach((key, count) -> assertThat(byKey.get(key)).as(key).hasSize(count));
            });
        }
        return byKey;
    }
}
