package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.EventTypes;
import cn.workerspalace.contracts.Topics;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.Lesson;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.course.ServicePointOpenedEvent;
import cn.workerspalace.testsupport.TestPii;
import cn.workerspalace.testsupport.TestPostgres;
import cn.workerspalace.testsupport.TestTokens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for every integration test (so one broker and one database): the service on a random
 * port, a real PostgreSQL and an embedded KRaft broker. Tests keep apart by using fresh ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 1, topics = {Topics.COURSE_EVENTS, Topics.ENROLLMENT_EVENTS},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class IntegrationTestSupport {

    protected static final String CONSUMER_GROUP = "enrollment-service";
    private static KafkaTemplate<String, String> courseEvents;

    @Autowired
    protected TestRestTemplate rest;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected EmbeddedKafkaBroker broker;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.registerDataSource(registry);
        TestPii.register(registry);
    }

    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- course-events, as course-service publishes them

    /** Publishes a course event as course-service's relay would: a JSON envelope keyed by the aggregate id. */
    protected String publishCourseEvent(String aggregateId, long sequence, Record payload) {
        EventEnvelope<Object> envelope = new EventEnvelope<>(UUID.randomUUID().toString(),
                EventTypes.nameOf(payload.getClass()), EventTypes.revisionOf(payload.getClass()), aggregateId,
                sequence, Instant.now(), payload);
        try {
            String value = json.writeValueAsString(envelope);
            sendCourseRecord(aggregateId, value);
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected void sendCourseRecord(String key, String value) {
        try {
            courseEventsProducer().send(new ProducerRecord<>(Topics.COURSE_EVENTS, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized KafkaTemplate<String, String> courseEventsProducer() {
        if (courseEvents == null) {
            courseEvents = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                    KafkaTestUtils.producerProps(broker), new StringSerializer(), new StringSerializer()));
        }
        return courseEvents;
    }

    /** Waits until the consumer group has committed every record on course-events. */
    protected void awaitCourseEventsConsumed() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(CONSUMER_GROUP)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                admin.describeTopics(List.of(Topics.COURSE_EVENTS)).allTopicNames().get()
                        .get(Topics.COURSE_EVENTS).partitions()
                        .forEach(p -> latest.put(new TopicPartition(Topics.COURSE_EVENTS, p.partition()),
                                OffsetSpec.latest()));
                return admin.listOffsets(latest).all().get().entrySet().stream().allMatch(end ->
                        end.getValue().offset() == 0 || committed.get(end.getKey()) != null
                                && committed.get(end.getKey()).offset() >= end.getValue().offset());
            });
        }
    }

    protected String registerPalace() {
        String palaceId = newId("palace");
        publishCourseEvent(palaceId, 0, new PalaceRegisteredEvent(palaceId, "济南市工人文化宫", PalaceLevel.CITY,
                "370100", "palace-shandong"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM palace_directory WHERE palace_id = ?", Integer.class, palaceId) == 1);
        return palaceId;
    }

    protected String openServicePoint(String palaceId) {
        String servicePointId = newId("sp");
        publishCourseEvent(palaceId, 1, new ServicePointOpenedEvent(palaceId, servicePointId, "历下服务站",
                "济南市历下区"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM service_point_directory WHERE service_point_id = ?", Integer.class,
                servicePointId) == 1);
        return servicePointId;
    }

    /** A class open for sign-ups now; lesson 0 began an hour ago, lesson 1 starts in two days. */
    protected ClassOpenedEvent classOpened(String palaceId, int capacity) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant lesson0 = now.minus(Duration.ofHours(1));
        Instant lesson1 = now.plus(Duration.ofDays(2));
        return new ClassOpenedEvent(newId("class"), newId("course"), palaceId, "太极拳入门", capacity,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(7)),
                List.of(new Lesson(lesson0, lesson0.plus(Duration.ofHours(2))),
                        new Lesson(lesson1, lesson1.plus(Duration.ofHours(2)))),
                lesson0.atZone(ZoneId.of("Asia/Shanghai")).getYear());
    }

    protected String openClass(ClassOpenedEvent opened) {
        publishCourseEvent(opened.classId(), 0, opened);
        awaitRoster(opened.classId());
        return opened.classId();
    }

    protected String openClass(String palaceId, int capacity) {
        return openClass(classOpened(palaceId, capacity));
    }

    protected void awaitRoster(String classId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/classes/" + classId + "/roster").getStatusCode() == HttpStatus.OK);
    }

    // ---- REST

    protected Map<String, Object> workerBody(String palaceId, String idNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("memberNo", newId("M"));
        body.put("name", "张伟");
        body.put("idNumber", idNumber);
        body.put("phone", IdNumberFactory.nextPhone());
        body.put("palaceId", palaceId);
        body.put("frontLine", true);
        body.put("migrantWorker", false);
        return body;
    }

    protected String registerWorker(String palaceId) {
        ResponseEntity<JsonNode> answer = post("/api/workers", workerBody(palaceId, IdNumberFactory.nextIdNumber()));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().get("id").asText();
    }

    protected ResponseEntity<JsonNode> signUp(String classId, String workerId) {
        return post("/api/classes/" + classId + "/sign-ups", Map.of("workerId", workerId));
    }

    protected JsonNode roster(String classId) {
        ResponseEntity<JsonNode> answer = get("/api/classes/" + classId + "/roster");
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    protected static List<String> workerIds(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(entry -> entry.get("workerId").asText()).collect(Collectors.toList());
    }

    /** As the operations centre, which may do everything. */
    protected ResponseEntity<JsonNode> post(String path, Object body) {
        return send(HttpMethod.POST, path, body, TestTokens.opsCentre());
    }

    protected ResponseEntity<JsonNode> get(String path) {
        return send(HttpMethod.GET, path, null, TestTokens.opsCentre());
    }

    protected ResponseEntity<JsonNode> delete(String path) {
        return send(HttpMethod.DELETE, path, null, TestTokens.opsCentre());
    }

    /** With this bearer token, or none ({@code null}); a body as JSON, or none ({@code null}). */
    protected ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    // ---- the event store

    protected long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    protected long storedEvents(String aggregateId, Class<?> type) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?",
                Long.class, aggregateId, type.getName());
    }
}
