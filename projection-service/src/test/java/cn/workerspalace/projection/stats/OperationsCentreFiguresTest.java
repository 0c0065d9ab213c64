package cn.workerspalace.projection.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.Topics;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.projection.stats.api.CityFigures;
import cn.workerspalace.projection.stats.api.CityStats;
import cn.workerspalace.projection.stats.api.CityTraineeFigures;
import cn.workerspalace.projection.stats.api.ClassFigures;
import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.stats.api.ProvinceFigures;
import cn.workerspalace.projection.stats.api.TraineeFigures;
import cn.workerspalace.projection.stats.api.TraineeStats;
import cn.workerspalace.projection.support.EventPublisher;
import cn.workerspalace.projection.support.Events;
import cn.workerspalace.projection.support.StatsClient;
import cn.workerspalace.testsupport.TestPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One realistic year, published as the write services would, and every figure checked against a hand count. Three
 * palaces in city 370100 (the provincial one without activity, the city palace, a county palace) and one in 370200.
 *
 * <pre>
 * class  palace  year  capacity lessons  sign-ups (final)                      attendances      end
 * K1     JN      2026  2->3     3        w1 cancelled (attended), w2 w3 w4     w1 w2 w3 @0,      open
 *                                        confirmed (w3 promoted on w1's        w2 @1
 *                                        cancellation, w4 on the raise),
 *                                        w5 waitlisted
 * K2     JN      2026  10       2        w2 w6 confirmed, then ended           w6 @0            cancelled
 * K3     JN      2026  2        4        w7 w8 confirmed, w9 waitlisted        w7 w8 @0, w7 @1  completed (w7 w8)
 * K4     JN      2025  5        1        w10 confirmed                          w10 @0           open
 * K5     QD      2026  1        2        w2 confirmed, w11 cancelled from      w2 @0 @1         open
 *                                        the waitlist, w12 waitlisted
 * K6     LC      2026  3        1        w13 w1 confirmed                      w13 @0           open
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 1, topics = {Topics.COURSE_EVENTS, Topics.ENROLLMENT_EVENTS},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsCentreFiguresTest {

    private static final String PROVINCE = "palace-sd";
    private static final String JINAN = "palace-jn";
    private static final String LICHENG = "palace-lc";
    private static final String QINGDAO = "palace-qd";

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry registry) {
        TestPostgres.registerDataSource(registry);
    }

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;

    private EventPublisher publisher;
    private StatsClient stats;

    @BeforeAll
    void publishTheYear() {
        stats = new StatsClient(http);
        publisher = new EventPublisher(broker, StatsClient.JSON, Instant.parse("2026-03-20T01:00:00Z"));
        Events events = new Events(publisher);

        events.palace(PROVINCE, "山东省职工文化中心", PalaceLevel.PROVINCE, "370100", null);
        events.palace(JINAN, "济南市工人文化宫", PalaceLevel.CITY, "370100", PROVINCE);
        events.palace(LICHENG, "历城区工人文化宫", PalaceLevel.COUNTY, "370100", JINAN);
        events.palace(QINGDAO, "青岛市工人文化宫", PalaceLevel.CITY, "370200", PROVINCE);
        events.course("jn-calligraphy", JINAN, "书法", "硬笔书法入门");
        events.course("jn-photo", JINAN, "摄影", "手机摄影");
        events.course("qd-baking", QINGDAO, "烘焙", "家庭烘焙");
        events.course("lc-taichi", LICHENG, "太极", "二十四式太极拳");
        for (int w = 1; w <= 13; w++) {
            boolean qingdao = w == 11 || w == 12;
            events.worker("w" + w, qingdao ? QINGDAO : JINAN, qingdao ? "370200" : "370100");
        }

        events.openClass("K1", "jn-calligraphy", JINAN, 2, 3, 2026);
        events.confirmed("K1", "w1");
        events.confirmed("K1", "w2");
        events.waitlisted("K1", "w3", 1);
        events.waitlisted("K1", "w4", 2);
        events.attended("K1", "w1", 0);
        events.attended("K1", "w2", 0);
        events.cancelled("K1", "w1", SignUpStatus.CONFIRMED);
        events.promoted("K1", "w3");
        events.attended("K1", "w3", 0);
        events.attended("K1", "w2", 1);
        events.capacityChanged("K1", JINAN, 2, 3);
        events.promoted("K1", "w4");
        events.waitlisted("K1", "w5", 1);

        events.openClass("K2", "jn-calligraphy", JINAN, 10, 2, 2026);
        events.confirmed("K2", "w2");
        events.confirmed("K2", "w6");
        events.attended("K2", "w6", 0);
        events.classCancelled("K2", JINAN, List.of("w2", "w6"));

        events.openClass("K3", "jn-photo", JINAN, 2, 4, 2026);
        events.confirmed("K3", "w7");
        events.confirmed("K3", "w8");
        events.waitlisted("K3", "w9", 1);
        events.attended("K3", "w7", 0);
        events.attended("K3", "w8", 0);
        events.attended("K3", "w7", 1);
        events.classCompleted("K3", JINAN, List.of("w7", "w8"), List.of("w9"));

        events.openClass("K4", "jn-photo", JINAN, 5, 1, 2025);
        events.confirmed("K4", "w10");
        events.attended("K4", "w10", 0);

        events.openClass("K5", "qd-baking", QINGDAO, 1, 2, 2026);
        events.confirmed("K5", "w2");
        events.waitlisted("K5", "w11", 1);
        events.waitlisted("K5", "w12", 2);
        events.cancelled("K5", "w11", SignUpStatus.WAITLISTED);
        events.attended("K5", "w2", 0);
        events.attended("K5", "w2", 1);

        events.openClass("K6", "lc-taichi", LICHENG, 3, 1, 2026);
        events.confirmed("K6", "w13");
        events.confirmed("K6", "w1");
        events.attended("K6", "w13", 0);

        int published = publisher.eventIds().size();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                jdbc.sql("select count(*) from processed_event").query(Long.class).single() == published);
    }

    @AfterAll
    void closePublisher() {
        publisher.close();
    }

    @Test
    void every_registered_palace_has_exactly_the_hand_counted_figures_of_the_year() {
        OffsetDateTime asOf = asOfEvent();
        assertThat(stats.palaces(2026)).containsExactly(
                new PalaceStats(PROVINCE, "山东省职工文化中心", "PROVINCE", "370100", 2026,
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, asOf),
                new PalaceStats(JINAN, "济南市工人文化宫", "CITY", "370100", 2026,
                        2, 3, 1, 1, 3 + 4, 2 + 1 + 2, 3 + 2, 3 + 2, 1, 4 + 1 + 3, 7, 2, asOf),
                new PalaceStats(QINGDAO, "青岛市工人文化宫", "CITY", "370200", 2026,
                        1, 1, 0, 0, 2, 2, 1, 1, 1, 2, 1, 0, asOf),
                new PalaceStats(LICHENG, "历城区工人文化宫", "COUNTY", "370100", 2026,
                        1, 1, 0, 0, 1, 1, 3, 2, 0, 1, 2, 0, asOf));
    }

    @Test
    void one_palace_answers_the_same_figures_as_in_the_list() {
        assertThat(stats.palace(JINAN, 2026)).isEqualTo(new PalaceStats(JINAN, "济南市工人文化宫", "CITY",
                "370100", 2026, 2, 3, 1, 1, 7, 5, 5, 5, 1, 8, 7, 2, asOfEvent()));
    }

    @Test
    void classes_count_only_in_the_year_of_their_first_lesson() {
        assertThat(stats.palace(JINAN, 2025)).isEqualTo(new PalaceStats(JINAN, "济南市工人文化宫", "CITY",
                "370100", 2025, 1, 1, 0, 0, 1, 1, 5, 1, 0, 1, 1, 0, asOfEvent()));
        assertThat(stats.palace(QINGDAO, 2025).classesOpened()).isZero();
    }

    @Test
    void trainees_roll_up_palace_to_city_to_province_counting_each_worker_once_per_level() {
        // w2 trained in Jinan (K1) and in Qingdao (K5): once in each city, once in the province
        assertThat(stats.trainees(2026)).isEqualTo(new TraineeStats(2026,
                new TraineeFigures(8, 11, 2, 0),
                List.of(new CityTraineeFigures("370100", 8, 9, 2, 0),
                        new CityTraineeFigures("370200", 1, 2, 0, 0)),
                asOfEvent()));
    }

    @Test
    void every_answer_carries_the_time_of_the_newest_event_applied_in_shanghai_time() {
        String expected = asOfEvent().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertThat(expected).endsWith("+08:00");
        assertThat(stats.json("/api/stats/palaces?year=2026").get(0).get("asOfEvent").asText()).isEqualTo(expected);
        assertThat(stats.json("/api/stats/palaces/" + QINGDAO + "?year=2026").get("asOfEvent").asText())
                .isEqualTo(expected);
        assertThat(stats.json("/api/stats/trainees?year=2026").get("asOfEvent").asText()).isEqualTo(expected);
    }

    @Test
    void a_palace_s_classes_show_their_capacity_roster_attendance_and_completions() {
        Map<String, ClassFigures> classes = stats.classes(JINAN, 2026).stream()
                .collect(Collectors.toMap(ClassFigures::classId, Function.identity()));

        assertThat(classes).containsOnlyKeys("K1", "K2", "K3");
        assertThat(classes.get("K1")).isEqualTo(new ClassFigures("K1", "class K1", "jn-calligraphy", "硬笔书法入门",
                "书法", "OPEN", 3, 3, 2, 3, 1, 4, 0));
        // a cancelled class holds no sign-ups, but the lesson it held and its attendance stay
        assertThat(classes.get("K2")).isEqualTo(new ClassFigures("K2", "class K2", "jn-calligraphy", "硬笔书法入门",
                "书法", "CANCELLED", 10, 2, 1, 0, 0, 1, 0));
        assertThat(classes.get("K3")).isEqualTo(new ClassFigures("K3", "class K3", "jn-photo", "手机摄影", "摄影",
                "COMPLETED", 2, 4, 2, 2, 0, 3, 2));
        assertThat(stats.classes(JINAN, 2025)).extracting(ClassFigures::classId).containsExactly("K4");
        assertThat(stats.classes(PROVINCE, 2026)).isEmpty();
    }

    @Test
    void the_classes_of_an_unknown_palace_answer_404() {
        assertThat(stats.get("/api/stats/palaces/no-such-palace/classes?year=2026").getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void each_city_rolls_up_its_palaces_and_its_trainees_and_the_province_rolls_up_every_city() {
        CityStats figures = stats.cities(2026);
        Map<String, CityFigures> cities = figures.cities().stream()
                .collect(Collectors.toMap(CityFigures::cityCode, Function.identity()));

        assertThat(cities).hasSize(16);
        assertThat(cities.get("370100")).isEqualTo(new CityFigures("370100", "济南市", "Jinan", 3,
                0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0,
                3, 4, 1, 1, 7 + 1, 5 + 1, 5 + 3, 5 + 2, 1, 8, 9, 2));
        assertThat(cities.get("370200")).isEqualTo(new CityFigures("370200", "青岛市", "Qingdao", 1,
                0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0,
                1, 1, 0, 0, 2, 2, 1, 1, 1, 1, 2, 0));
        assertThat(cities.get("371700")).isEqualTo(new CityFigures("371700", "菏泽市", "Heze", 0,
                0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(figures.province()).isEqualTo(new ProvinceFigures(4, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0,
                4, 5, 1, 1, 10, 8, 9, 8, 2, 8, 11, 2));
        assertThat(figures.asOfEvent()).isEqualTo(asOfEvent());
    }

    @Test
    void the_palace_list_can_be_narrowed_to_one_city() {
        assertThat(stats.list("/api/stats/palaces?year=2026&cityCode=370200")).extracting(PalaceStats::palaceId)
                .containsExactly(QINGDAO);
        assertThat(stats.list("/api/stats/palaces?year=2026&cityCode=370100")).extracting(PalaceStats::palaceId)
                .containsExactlyInAnyOrder(PROVINCE, JINAN, LICHENG);
        assertThat(stats.list("/api/stats/palaces?year=2026&cityCode=379900")).isEmpty();
        assertThat(stats.get("/api/stats/palaces?year=2026&cityCode=3701").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void classes_by_category_count_the_classes_seats_sign_ups_and_attendance_of_each_category() {
        JsonNode categories = stats.json("/api/stats/classes-by-category?year=2026");

        assertThat(categories.get(0).toString()).isEqualTo("{\"category\":\"书法\",\"courses\":1,"
                + "\"classesOpened\":2,\"classesCancelled\":1,\"classesCompleted\":0,\"seats\":3,"
                + "\"confirmed\":3,\"attendances\":5}");
        Map<String, String> rest = new java.util.HashMap<>();
        for (int i = 1; i < categories.size(); i++) {
            rest.put(categories.get(i).get("category").asText(), categories.get(i).toString());
        }
        assertThat(rest).containsOnlyKeys("摄影", "烘焙", "太极");
        assertThat(rest.get("摄影")).contains("\"classesOpened\":1", "\"classesCompleted\":1", "\"seats\":2",
                "\"confirmed\":2", "\"attendances\":3");
        assertThat(rest.get("太极")).contains("\"seats\":3", "\"confirmed\":2", "\"attendances\":1");
    }

    @Test
    void the_top_palaces_are_those_with_the_most_distinct_trainees_and_none_without() {
        assertThat(stats.list("/api/stats/top-palaces?year=2026")).extracting(PalaceStats::palaceId)
                .containsExactly(JINAN, LICHENG, QINGDAO);
        assertThat(stats.list("/api/stats/top-palaces?year=2026&limit=2")).extracting(PalaceStats::palaceId)
                .containsExactly(JINAN, LICHENG);
        assertThat(stats.get("/api/stats/top-palaces?year=2026&limit=0").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void the_years_with_figures_are_listed_newest_first() {
        JsonNode years = stats.json("/api/stats/years");

        assertThat(years.get("years").toString()).isEqualTo("[2026,2025]");
        assertThat(years.get("current").asInt()).isGreaterThanOrEqualTo(2025);
    }

    private OffsetDateTime asOfEvent() {
        return publisher.newest().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
    }
}
