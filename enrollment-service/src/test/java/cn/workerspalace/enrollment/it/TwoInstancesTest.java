package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.EventTypes;
import cn.workerspalace.contracts.Topics;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.enrollment.EnrollmentServiceApplication;
import cn.workerspalace.enrollment.degree.api.ApproveDegreeApplicationCommand;
import cn.workerspalace.testsupport.TestPii;
import cn.workerspalace.testsupport.TestPostgres;
import cn.workerspalace.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * Two instances of the service (two Spring contexts, each with its own command bus, locks and aggregate cache) on
 * one database and one broker, as in a scale-out: the event store's unique (aggregate id, sequence) key makes the
 * second writer of a quota lose, Axon's caching repository evicts the stale copy when the transaction rolls back,
 * and the gateway retries the command on fresh state.
 */
class TwoInstancesTest {

    private static EmbeddedKafkaKraftBroker broker;
    private static Instance first;
    private static Instance second;
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2090);

    @BeforeAll
    static void start() {
        broker = new EmbeddedKafkaKraftBroker(1, 1, Topics.COURSE_EVENTS, Topics.ENROLLMENT_EVENTS);
        broker.afterPropertiesSet();
        String database = TestPostgres.newDatabase();
        first = new Instance(database);
        second = new Instance(database);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.context.close();
        }
        if (first != null) {
            first.context.close();
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void a_stale_cached_quota_loses_its_write_is_evicted_and_the_retry_succeeds() {
        int year = NEXT_YEAR.getAndIncrement();
        String palaceId = setUp(year, "829901", 10);
        List<String> applications = IntStream.range(0, 3)
                .mapToObj(i -> first.submitted(first.registerWorker(palaceId), year)).toList();

        assertThat(first.approve(applications.get(0)).getBody().get("status").asText()).isEqualTo("APPROVED");
        assertThat(second.approve(applications.get(1)).getBody().get("status").asText()).isEqualTo("APPROVED");
        // the first instance's cached quota does not know the second's reservation
        ResponseEntity<JsonNode> third = first.approve(applications.get(2));

        assertThat(third.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(third.getBody().get("status").asText()).isEqualTo("APPROVED");
        assertThat(first.approvalsDispatched.get(applications.get(2))).as("dispatches: one conflict, one retry")
                .isEqualTo(2);
        assertThat(first.reservationsStored(year)).containsExactlyElementsOf(applications);
    }

    @Test
    void approvals_on_two_instances_at_once_never_reserve_more_than_the_citys_allocation() throws Exception {
        int year = NEXT_YEAR.getAndIncrement();
        String palaceId = setUp(year, "829902", 20);
        List<String> applications = IntStream.range(0, 60)
                .mapToObj(i -> first.submitted(first.registerWorker(palaceId), year)).toList();

        List<ResponseEntity<JsonNode>> answers = DegreeTestSupport.all(IntStream.range(0, applications.size())
                .mapToObj(i -> (Callable<ResponseEntity<JsonNode>>) () ->
                        (i % 2 == 0 ? first : second).approve(applications.get(i)))
                .toList());

        assertThat(answers).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.OK);
        assertThat(first.dispatches() + second.dispatches()).as("the instances raced: some approvals were retried")
                .isGreaterThan(applications.size());
        assertThat(first.reservationsStored(year)).hasSize(20).doesNotHaveDuplicates();
        assertThat(first.queuedStored(year)).hasSize(40).doesNotHaveDuplicates();
        assertThat(answers).extracting(answer -> answer.getBody().get("status").asText())
                .filteredOn("APPROVED"::equals).hasSize(20);
        JsonNode allocation = first.allocation(year, "829902");
        assertThat(allocation.get("reserved").asInt()).isEqualTo(20);
        assertThat(allocation.get("waiting").asInt()).isEqualTo(40);
    }

    /** A quota for the year with an allocation for a city whose palace is known; returns the palace id. */
    private static String setUp(int year, String cityCode, int places) {
        String palaceId = first.registerCity(cityCode);
        assertThat(first.post("/api/subsidy-quotas", Map.of("year", year, "places", 1000,
                "subsidyPerPlace", Map.of("JUNIOR_COLLEGE", 3000, "BACHELOR", 4000))).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(first.post("/api/subsidy-quotas/" + year + "/allocations",
                Map.of("cityCode", cityCode, "places", places)).getStatusCode()).isEqualTo(HttpStatus.OK);
        return palaceId;
    }

    /** One running instance of the service, and what it dispatched. */
    private static final class Instance {

        final ConfigurableApplicationContext context;
        final TestRestTemplate rest;
        final JdbcTemplate jdbc;
        final ObjectMapper json;
        final Map<String, Integer> approvalsDispatched = new ConcurrentHashMap<>();

        Instance(String database) {
            // command-line arguments: they override application.yml, default properties would not. Two instances
            // approving for one city at full speed lose many races to each other (about one approval in three
            // here), more than the default 3 retries are meant for; the deterministic test below needs only one.
            context = new SpringApplicationBuilder(EnrollmentServiceApplication.class)
                    .run("--server.port=0", "--spring.datasource.url=" + database,
                            "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                            "--palace.commands.conflict-retries=10",
                            "--palace.pii.master-key=" + TestPii.MASTER_KEY,
                            "--palace.pii.digest-key=" + TestPii.DIGEST_KEY);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            rest = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)
                    .defaultHeader("Authorization", "Bearer " + TestTokens.opsCentre()));
            jdbc = context.getBean(JdbcTemplate.class);
            json = context.getBean(ObjectMapper.class);
            context.getBean(CommandBus.class).registerDispatchInterceptor(countApprovals());
        }

        private MessageDispatchInterceptor<CommandMessage<?>> countApprovals() {
            return messages -> (index, command) -> {
                if (command.getPayload() instanceof ApproveDegreeApplicationCommand approve) {
                    approvalsDispatched.merge(approve.applicationId(), 1, Integer::sum);
                }
                return command;
            };
        }

        int dispatches() {
            return approvalsDispatched.values().stream().mapToInt(Integer::intValue).sum();
        }

        String registerCity(String cityCode) {
            String palaceId = "palace-" + cityCode;
            PalaceRegisteredEvent palace = new PalaceRegisteredEvent(palaceId, "市工人文化宫", PalaceLevel.CITY,
                    cityCode, "palace-shandong");
            EventEnvelope<Object> envelope = new EventEnvelope<>(UUID.randomUUID().toString(),
                    EventTypes.nameOf(PalaceRegisteredEvent.class), "1", palaceId, 0, Instant.now(), palace);
            KafkaTemplate<String, String> producer = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                    KafkaTestUtils.producerProps(broker), new StringSerializer(), new StringSerializer()));
            try {
                producer.send(new ProducerRecord<>(Topics.COURSE_EVENTS, palaceId, json.writeValueAsString(envelope)))
                        .get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                producer.destroy();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM palace_directory WHERE palace_id = ?", Integer.class, palaceId) == 1);
            return palaceId;
        }

        String registerWorker(String palaceId) {
            Map<String, Object> body = new HashMap<>();
            body.put("memberNo", "M-" + UUID.randomUUID());
            body.put("name", "李强");
            body.put("idNumber", IdNumberFactory.nextIdNumber());
            body.put("phone", IdNumberFactory.nextPhone());
            body.put("palaceId", palaceId);
            body.put("frontLine", true);
            body.put("migrantWorker", true);
            ResponseEntity<JsonNode> answer = post("/api/workers", body);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            return answer.getBody().get("id").asText();
        }

        String submitted(String workerId, int year) {
            ResponseEntity<JsonNode> answer = post("/api/degree-applications", Map.of("workerId", workerId,
                    "year", year, "level", "BACHELOR", "school", "山东大学", "major", "法学"));
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            return answer.getBody().get("id").asText();
        }

        ResponseEntity<JsonNode> approve(String applicationId) {
            return post("/api/degree-applications/" + applicationId + "/approve", Map.of());
        }

        JsonNode allocation(int year, String cityCode) {
            for (JsonNode allocation : rest.getForEntity("/api/subsidy-quotas/" + year, JsonNode.class).getBody()
                    .get("allocations")) {
                if (allocation.get("cityCode").asText().equals(cityCode)) {
                    return allocation;
                }
            }
            throw new AssertionError("no allocation for " + cityCode);
        }

        /** The applications given a place, in the order the quota stored the reservations. */
        List<String> reservationsStored(int year) {
            return applicationIdsOf(year, SubsidyPlaceReservedEvent.class);
        }

        List<String> queuedStored(int year) {
            return applicationIdsOf(year, ApplicationQueuedForQuotaEvent.class);
        }

        private List<String> applicationIdsOf(int year, Class<?> type) {
            List<String> ids = new ArrayList<>();
            for (String payload : jdbc.queryForList("""
                            SELECT convert_from(payload, 'UTF8') FROM domainevententry
                             WHERE aggregateidentifier = ? AND payloadtype = ? ORDER BY sequencenumber""",
                    String.class, "subsidy-quota-" + year, type.getName())) {
                try {
                    ids.add(json.readTree(payload).get("applicationId").asText());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return ids;
        }

        ResponseEntity<JsonNode> post(String path, Object body) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        }
    }
}
