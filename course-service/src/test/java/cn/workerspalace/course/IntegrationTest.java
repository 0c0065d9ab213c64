package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.course.support.Api;
import cn.workerspalace.course.support.Api.Response;
import cn.workerspalace.testsupport.TestPostgres;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a real PostgreSQL and a real (embedded, KRaft) Kafka broker. All subclasses share one
 * context, hence one database: tests make their own palaces, courses and classes with fresh ids and city codes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class IntegrationTest {

    protected static final String PROVINCE_ID = "shandong";
    private static final AtomicInteger CITY_CODES = new AtomicInteger(371000);

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.registerDataSource(registry);
    }

    protected Api api() {
        return new Api(port);
    }

    protected long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A city code no other test uses. */
    protected static String newCityCode() {
        return String.valueOf(CITY_CODES.incrementAndGet());
    }

    /** The one PROVINCE palace, registered by whichever test needs it first. */
    protected synchronized String province() {
        if (api().get("/api/palaces/" + PROVINCE_ID).status() == 404) {
            Response registered = api().post("/api/palaces", """
                    {"id": "%s", "name": "山东省职工文化中心", "level": "PROVINCE", "cityCode": "370000"}
                    """.formatted(PROVINCE_ID));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        }
        return PROVINCE_ID;
    }

    protected String cityPalace() {
        return cityPalace(newId("city"), newCityCode());
    }

    protected String cityPalace(String id, String cityCode) {
        Response response = api().post("/api/palaces", cityPalaceJson(id, cityCode));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }

    protected String cityPalaceJson(String id, String cityCode) {
        return """
                {"id": "%s", "name": "市工人文化宫", "level": "CITY", "cityCode": "%s", "parentId": "%s"}
                """.formatted(id, cityCode, province());
    }

    protected String course(String palaceId) {
        Response response = api().post("/api/courses", """
                {"palaceId": "%s", "category": "书法", "title": "硬笔书法入门"}
                """.formatted(palaceId));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    protected String openClass(String courseId) {
        Response response = api().post("/api/classes", classJson(null, courseId, 30));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    protected static String classJson(String id, String courseId, int capacity) {
        return """
                {%s"courseId": "%s", "title": "周末班", "capacity": %d,
                 "enrolmentOpensAt": "2026-02-01T09:00:00+08:00", "enrolmentClosesAt": "2026-02-28T18:00:00+08:00",
                 "lessons": [{"startsAt": "2026-03-01T09:00:00+08:00", "endsAt": "2026-03-01T11:00:00+08:00"},
                             {"startsAt": "2026-03-08T09:00:00+08:00", "endsAt": "2026-03-08T11:00:00+08:00"}]}
                """.formatted(id == null ? "" : "\"id\": \"" + id + "\", ", courseId, capacity);
    }
}
