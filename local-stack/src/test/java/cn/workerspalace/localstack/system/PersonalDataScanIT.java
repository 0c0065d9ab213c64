package cn.workerspalace.localstack.system;

import static cn.workerspalace.localstack.testkit.Province.JINAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.Topics;
import cn.workerspalace.localstack.demo.NationalIds;
import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.testkit.Figures;
import cn.workerspalace.localstack.testkit.Http;
import cn.workerspalace.localstack.testkit.Province;
import cn.workerspalace.localstack.testkit.RunningStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data through the whole system: workers with known national ID numbers and phones register (one twice,
 * one with a wrong check character, one with the phone where a boolean belongs), sign up, attend, apply and are
 * approved, and one has their personal data erased. Afterwards no clear ID number (nor its first 17 digits) and no
 * clear phone appears in the three services' logs, in any table of the three databases (event stores included), or
 * in any record of the two topics; the erasure leaves every figure as it was. The scanner is shown to find values
 * planted in each kind of place, so a clean scan means something. Runs after the other system tests, so their
 * traffic (the demo data's thousands of workers included) is in the logs and stores it scans too.
 */
@Order(5)
@ExtendWith(RunningStack.class)
class PersonalDataScanIT {

    /** A year no other system test uses, so the subsidy figures are this test's alone. */
    private static final int YEAR = 2033;
    private static final String CITY = "370100";
    private static final String CLASS_ID = "pii-class";
    private static final Http HTTP = new Http();
    private static Stack stack;
    private static URI course;
    private static URI enrollment;
    private static URI projection;

    @BeforeAll
    static void services(Stack running) {
        stack = running;
        course = stack.url(Service.COURSE);
        enrollment = stack.url(Service.ENROLLMENT);
        projection = stack.url(Service.PROJECTION);
    }

    @Test
    void no_clear_id_number_or_phone_appears_in_logs_databases_or_topics() throws Exception {
        Instant now = Instant.now();
        int classYear = Province.yearOfClassesStarting(now);
        Province.registerPalaces(HTTP, course);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                HTTP.get(projection, "/api/stats/palaces/" + JINAN + "?year=" + classYear).status() == 200);
        Figures baseline = palaceFigures(classYear);
        assertThat(HTTP.post(course, "/api/courses", Map.of("id", "pii-course", "palaceId", JINAN,
                "category", "书法", "title", "软笔书法")).status()).isIn(201, 409);
        assertThat(HTTP.post(course, "/api/classes", Province.clazz(CLASS_ID, "pii-course", 2, 1, now)).status())
                .isIn(201, 409);
        List<Person> people = List.of(person(1), person(2), person(3));
        List<String> secrets = new ArrayList<>();
        people.forEach(person -> secrets.addAll(List.of(person.idNumber(), person.idNumber().substring(0, 17),
                person.phone())));

        for (Person person : people) {
            Http.Answer registered = HTTP.post(enrollment, "/api/workers", person.registration());
            assertThat(registered.status()).as("%s", registered).isEqualTo(201);
            assertThat(registered.text("idNumber")).isEqualTo(person.idNumber().substring(0, 6) + "********"
                    + person.idNumber().substring(14));
            assertThat(registered.text("phone")).isEqualTo(person.phone().substring(0, 3) + "****"
                    + person.phone().substring(7));
        }
        refusedRegistrations(people);
        awaitCourseClassKnown();
        signUp("pii-w1", "CONFIRMED");
        signUp("pii-w2", "CONFIRMED");
        signUp("pii-w3", "WAITLISTED");
        assertThat(HTTP.post(enrollment, "/api/classes/" + CLASS_ID + "/attendance",
                Map.of("workerId", "pii-w1", "lessonIndex", 0)).status()).isEqualTo(201);
        degreeApplication("pii-w2");
        // this test's course and class: 1 lesson, 2 seats, 2 confirmed, 1 waitlisted, 1 attendance, 2 trainees
        Map<String, JsonNode> figuresBefore = awaitFigures(classYear,
                baseline.plus(new Figures(1, 1, 0, 0, 1, 2, 2, 1, 1, 2, 0)));
        assertThat(HTTP.get(enrollment, "/api/workers/pii-w1/history").body())
                .extracting(entry -> entry.path("type").asText()).containsExactly("WorkerRegisteredEvent");

        assertThat(HTTP.delete(enrollment, "/api/workers/pii-w3/personal-data").status()).isEqualTo(204);
        JsonNode erased = HTTP.get(enrollment, "/api/workers/pii-w3").body();
        assertThat(erased.path("personalDataErased").asBoolean()).isTrue();
        assertThat(erased.path("idNumber").isNull()).isTrue();
        String lastEventBefore = figuresBefore.get("palace").path("asOfEvent").asText();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                !figures(classYear).get("palace").path("asOfEvent").asText().equals(lastEventBefore));
        assertThat(withoutAsOfEvent(figures(classYear))).as("figures after the projection took in the erasure")
                .isEqualTo(withoutAsOfEvent(figuresBefore));

        ClearTextScanner scan = new ClearTextScanner(secrets)
                .logFiles(RunningStack.logDirectory(PersonalDataScanIT.class))
                .database("projection", stack.jdbcUrl(Service.PROJECTION))
                .database("enrollment", stack.jdbcUrl(Service.ENROLLMENT))
                .database("course", stack.jdbcUrl(Service.COURSE))
                .topics(stack.kafkaBootstrapServers(), List.of(Topics.COURSE_EVENTS, Topics.ENROLLMENT_EVENTS));

        assertThat(scan.findings()).isEmpty();
    }

    @Test
    void the_scanner_finds_a_clear_value_in_a_log_a_table_and_a_topic(@TempDir Path logs) throws Exception {
        String idNumber = NationalIds.of("370100", LocalDate.of(1960, 6, 1), 999);
        String phone = "13600009999";
        Files.writeString(logs.resolve("service.log"), "INFO registered worker with idNumber=" + idNumber + "\n");
        String probeTopic = "pii-scan-probe";
        publish(probeTopic, "{\"phone\":\"" + phone + "\"}");
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(Service.PROJECTION))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE pii_scan_probe (note TEXT, payload BYTEA)");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO pii_scan_probe (note, payload) VALUES (?, ?)")) {
                insert.setString(1, "tel " + phone);
                insert.setBytes(2, ("{\"idNumber\":\"" + idNumber + "\"}").getBytes(StandardCharsets.UTF_8));
                insert.executeUpdate();
            }
            try {
                List<String> findings = new ClearTextScanner(List.of(idNumber, phone))
                        .logFiles(logs)
                        .database("projection", stack.jdbcUrl(Service.PROJECTION))
                        .topics(stack.kafkaBootstrapServers(), List.of(probeTopic))
                        .findings();

                assertThat(findings).containsExactlyInAnyOrder(
                        idNumber + " in log service.log",
                        phone + " in projection pii_scan_probe.note",
                        idNumber + " in projection pii_scan_probe.payload",
                        phone + " in topic " + probeTopic + "@0:0");
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE pii_scan_probe");
                }
            }
        }
    }

    /** A second registration of a known number, a wrong check character, a phone where a boolean belongs. */
    private void refusedRegistrations(List<Person> people) {
        Map<String, Object> duplicate = new HashMap<>(people.get(0).registration());
        duplicate.put("id", "pii-w1-again");
        assertThat(HTTP.post(enrollment, "/api/workers", duplicate).status()).isEqualTo(409);
        Map<String, Object> wrongCheck = new HashMap<>(people.get(1).registration());
        String idNumber = people.get(1).idNumber();
        wrongCheck.put("id", "pii-w2-wrong");
        wrongCheck.put("idNumber", idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0'));
        Http.Answer invalid = HTTP.post(enrollment, "/api/workers", wrongCheck);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().toString()).doesNotContain(idNumber.substring(0, 17));
        String phoneAsBoolean = """
                {"memberNo":"PII-X","name":"测试","idNumber":"%s","phone":"%s","palaceId":"%s","frontLine":"%s",
                 "migrantWorker":false}""".formatted(people.get(2).idNumber(), people.get(2).phone(), JINAN,
                people.get(2).phone());
        Http.Answer malformed = HTTP.postRaw(enrollment, "/api/workers", "application/json",
                phoneAsBoolean.getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().toString()).doesNotContain(people.get(2).phone());
    }

    private void awaitCourseClassKnown() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                HTTP.get(enrollment, "/api/classes/" + CLASS_ID + "/roster").status() == 200);
    }

    private void signUp(String workerId, String status) {
        Http.Answer answer = HTTP.postOnceKnown(enrollment, "/api/classes/" + CLASS_ID + "/sign-ups",
                Map.of("workerId", workerId));
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        assertThat(answer.text("status")).isEqualTo(status);
    }

    private void degreeApplication(String workerId) {
        assertThat(HTTP.post(enrollment, "/api/subsidy-quotas", Map.of("year", YEAR, "places", 100,
                "subsidyPerPlace", Map.of("JUNIOR_COLLEGE", 3000, "BACHELOR", 4500))).status()).isIn(201, 409);
        assertThat(HTTP.postOnceKnown(enrollment, "/api/subsidy-quotas/" + YEAR + "/allocations",
                Map.of("cityCode", CITY, "places", 10)).status()).isEqualTo(200);
        Http.Answer submitted = HTTP.post(enrollment, "/api/degree-applications", Map.of("id", "pii-app",
                "workerId", workerId, "year", YEAR, "level", "BACHELOR", "school", "山东开放大学", "major", "会计学"));
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
        assertThat(HTTP.post(enrollment, "/api/degree-applications/pii-app/approve", Map.of()).text("status"))
                .isEqualTo("APPROVED");
    }

    /** The figures once the projection shows this test's class, sign-ups, attendance and approval. */
    private Map<String, JsonNode> awaitFigures(int classYear, Figures palace) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(palaceFigures(classYear)).isEqualTo(palace);
            assertThat(HTTP.get(projection, "/api/stats/subsidy?year=" + YEAR).body().path("reserved").asInt())
                    .isEqualTo(1);
        });
        return figures(classYear);
    }

    /** The figures without the time of the latest event the projection applied (the erasure moves it on). */
    private static Map<String, JsonNode> withoutAsOfEvent(Map<String, JsonNode> figures) {
        Map<String, JsonNode> copy = new HashMap<>();
        figures.forEach((name, node) -> copy.put(name, ((ObjectNode) node.deepCopy()).without("asOfEvent")));
        return copy;
    }

    private Figures palaceFigures(int classYear) {
        return Figures.of(HTTP.get(projection, "/api/stats/palaces/" + JINAN + "?year=" + classYear).body());
    }

    private Map<String, JsonNode> figures(int classYear) {
        return Map.of(
                "palace", HTTP.get(projection, "/api/stats/palaces/" + JINAN + "?year=" + classYear).body(),
                "trainees", HTTP.get(projection, "/api/stats/trainees?year=" + classYear).body(),
                "subsidy", HTTP.get(projection, "/api/stats/subsidy?year=" + YEAR).body());
    }

    private static void publish(String topic, String value) throws ExecutionException, InterruptedException {
        Map<String, Object> settings = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers());
        try (Admin admin = Admin.create(settings)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "probe", value)).get();
        }
    }

    /**
     * A worker of this test: an ID number of a region and birth dates no other system test uses (the first with the
     * check character X), and a phone of a block no other test uses.
     */
    private static Person person(int number) {
        LocalDate birth = LocalDate.of(1988, 4, number);
        String idNumber = NationalIds.of(CITY, birth, 300);
        for (int sequence = 300; number == 1 && !idNumber.endsWith("X"); sequence++) {
            idNumber = NationalIds.of(CITY, birth, sequence);
        }
        return new Person("pii-w" + number, idNumber, "1370000" + (4000 + number));
    }

    private record Person(String workerId, String idNumber, String phone) {

        Map<String, Object> registration() {
            return Map.of("id", workerId, "memberNo", "PII" + workerId, "name", "隐私测试" + workerId,
                    "idNumber", idNumber, "phone", phone, "palaceId", JINAN, "frontLine", true,
                    "migrantWorker", false);
        }
    }
}
