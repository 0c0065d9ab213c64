package cn.workerspalace.projection.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.Topics;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.projection.ProjectionApplication;
import cn.workerspalace.projection.rebuild.api.RebuildProgress;
import cn.workerspalace.projection.rebuild.api.RebuildState;
import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.stats.api.SubsidyStats;
import cn.workerspalace.projection.support.DegreeEvents;
import cn.workerspalace.projection.support.DemoProvince;
import cn.workerspalace.projection.support.EventPublisher;
import cn.workerspalace.projection.support.ProjectionIntegrationTest;
import cn.workerspalace.projection.support.StatsClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Gauge;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Rebuilds from the topics while the live listeners go on. The figures before and after must be equal to the event,
 * table by table and answer by answer, and every event published while a rebuild runs must count exactly once
 * after the switch. A context of its own: a rebuild reads everything on the topics, and the demo province's
 * palaces would change the other tests' lists.
 */
@TestPropertySource(properties = "palace.rebuild.log-interval=PT1S")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RebuildTest extends ProjectionIntegrationTest {

    private static final int YEAR = 2045;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Autowired
    Rebuilds rebuilds;
    @Value("${spring.datasource.url}")
    String databaseUrl;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final List<EventPublisher> extraPublishers = new ArrayList<>();

    @AfterEach
    void closeExtraPublishers() {
        extraPublishers.forEach(EventPublisher::close);
    }

    @Test
    @Order(1)
    void a_rebuild_produces_exactly_the_tables_and_figures_of_the_live_ones_and_of_a_worked_example() {
        new DemoProvince(publisher, YEAR, 20450101L).publish();
        publisher.flush();
        WorkedExample example = workedExample();
        awaitApplied();
        awaitNoLag();
        Map<String, String> tablesBefore = tableFingerprints();
        Map<String, JsonNode> figuresBefore = figures();
        assertThat(tablesBefore.keySet()).contains("processed_event", "sign_up", "subsidy_fact");

        ResponseEntity<String> started = http.postForEntity("/api/admin/rebuild", null, String.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        RebuildProgress first = read(started.getBody());
        assertThat(started.getHeaders().getLocation()).hasToString("/api/admin/rebuild/" + first.id());
        List<RebuildProgress> seen = new ArrayList<>();
        RebuildProgress done = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            RebuildProgress now = read(stats.get("/api/admin/rebuild/" + first.id()).getBody());
            seen.add(now);
            return now;
        }, progress -> progress.state().finished());

        assertThat(done.state()).as(done.failure()).isEqualTo(RebuildState.DONE);
        assertThat(done.eventsTotal()).isGreaterThanOrEqualTo(publisher.eventIds().size());
        assertThat(done.eventsDone()).isEqualTo(done.eventsTotal());
        assertThat(done.percent()).isEqualTo(100.0);
        assertThat(done.eventsPerSecond()).isPositive();
        assertThat(done.secondsLeft()).isZero();
        assertThat(seen).anySatisfy(progress -> assertThat(progress.state()).isEqualTo(RebuildState.REPLAYING));
        System.out.printf("rebuild %d: %,d events, %,.0f events/s%n", done.id(), done.eventsRead(),
                done.eventsPerSecond());

        awaitNoLag();
        assertThat(tableFingerprints()).isEqualTo(tablesBefore);
        assertThat(figures()).isEqualTo(figuresBefore);
        example.check();
        assertThat(schemas()).contains("retired_" + done.id()).doesNotContain("rebuild_" + done.id());
    }

    @Test
    @Order(2)
    void events_published_while_a_rebuild_runs_count_exactly_once_after_the_switch() throws Exception {
        String palace = newPalace("371000");
        String bulkClass = "k-bulk-" + palace;
        events.course("c-" + palace, palace, "合唱", "大合唱");
        events.openClass(bulkClass, "c-" + palace, palace, 1_000_000, 4, YEAR);
        // enough for the rebuild to take a while
        for (int i = 0; i < 15_000; i++) {
            publisher.publishLater(bulkClass, signUp(bulkClass, "bulk-" + i));
        }
        publisher.flush();
        awaitApplied();

        String duringClass = "k-during-" + palace;
        events.openClass(duringClass, "c-" + palace, palace, 1_000_000, 4, YEAR);
        awaitApplied();
        AtomicBoolean stopReading = new AtomicBoolean();
        List<Object> answers = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (!stopReading.get()) {
                ResponseEntity<String> answer = stats.get("/api/stats/palaces/" + palace + "?year=" + YEAR);
                answers.add(answer.getStatusCode().value() == 200 ? (Object) confirmedOf(answer.getBody())
                        : answer.getStatusCode() + " " + answer.getBody());
            }
        });
        RebuildProgress started = rebuilds.start();
        Map<RebuildState, Integer> published = publishUntilFinished(duringClass, () -> rebuilds.progress(started.id()));
        stopReading.set(true);
        reader.get(30, TimeUnit.SECONDS);

        RebuildProgress done = rebuilds.progress(started.id());
        assertThat(done.state()).as(done.failure()).isEqualTo(RebuildState.DONE);
        System.out.printf("rebuild %d: %,d events, %,.0f events/s; published meanwhile: %s%n", done.id(),
                done.eventsRead(), done.eventsPerSecond(), published);
        assertThat(published.getOrDefault(RebuildState.REPLAYING, 0)).isPositive();
        int during = published.values().stream().mapToInt(Integer::intValue).sum();
        awaitApplied();
        assertThat(countOf("sign_up where class_id = ?", duringClass)).isEqualTo(during);
        assertThat(countOf("sign_up where class_id = ?", bulkClass)).isEqualTo(15_000);
        assertThat(stats.palace(palace, YEAR).confirmed()).isEqualTo(15_000 + during);
        // readers saw the old tables, then the new ones, never an error, never a figure going back
        assertThat(answers).hasSizeGreaterThan(10).allSatisfy(answer -> assertThat(answer).isInstanceOf(Long.class));
        assertThat(answers.stream().map(Long.class::cast).toList()).isSorted();
    }

    @Test
    @Order(3)
    void the_rebuild_command_switches_over_while_the_service_keeps_consuming() throws Exception {
        String palace = newPalace("371100");
        String clazz = "k-cli-" + palace;
        events.course("c-" + palace, palace, "茶艺", "茶艺入门");
        events.openClass(clazz, "c-" + palace, palace, 1_000_000, 4, YEAR);
        awaitApplied();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        AtomicBoolean finished = new AtomicBoolean();
        CompletableFuture<Integer> command = CompletableFuture.supplyAsync(() -> {
            try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                return RebuildCommand.run(ProjectionApplication.class, new String[] {RebuildCommand.OPTION,
                        "--spring.datasource.url=" + databaseUrl,
                        "--spring.kafka.bootstrap-servers=" + bootstrapServers}, out);
            } finally {
                finished.set(true);
            }
        });

        int during = publishUntil(clazz, finished::get);

        assertThat(command.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as(output.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("REPLAYING", "switched");
        awaitApplied();
        assertThat(during).isPositive();
        assertThat(countOf("sign_up where class_id = ?", clazz)).isEqualTo(during);
        assertThat(stats.palace(palace, YEAR).confirmed()).isEqualTo(during);
    }

    @Test
    @Order(4)
    void a_second_rebuild_is_refused_while_one_runs_and_an_unknown_one_is_not_found() {
        RebuildProgress running = rebuilds.start();

        ResponseEntity<String> refused = http.postForEntity("/api/admin/rebuild", null, String.class);
        ResponseEntity<String> unknown = stats.get("/api/admin/rebuild/999999");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).contains("rebuild-running");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        await().atMost(PATIENCE).until(() -> rebuilds.progress(running.id()).state().finished());
        assertThat(rebuilds.progress(running.id()).state()).isEqualTo(RebuildState.DONE);
        assertThat(stats.json("/api/admin/rebuild").get(0).get("id").asLong()).isEqualTo(running.id());
    }

    @Test
    @Order(5)
    void a_rebuild_from_a_topic_that_lost_its_first_records_fails_and_switches_nothing() throws Exception {
        awaitNoLag();
        Map<String, String> tablesBefore = tableFingerprints();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.deleteRecords(Map.of(new TopicPartition(Topics.COURSE_EVENTS, 0), RecordsToDelete.beforeOffset(1)))
                    .all().get(30, TimeUnit.SECONDS);
        }

        RebuildProgress started = rebuilds.start();
        await().atMost(PATIENCE).until(() -> rebuilds.progress(started.id()).state().finished());

        RebuildProgress failed = rebuilds.progress(started.id());
        assertThat(failed.state()).isEqualTo(RebuildState.FAILED);
        assertThat(failed.failure()).contains("course-events-0 starts at offset 1");
        assertThat(schemas()).doesNotContain("rebuild_" + started.id(), "retired_" + started.id());
        assertThat(tableFingerprints()).isEqualTo(tablesBefore);
    }

    /** Publishes sign-ups one by one until the rebuild finished; answers how many went out in each state. */
    private Map<RebuildState, Integer> publishUntilFinished(String clazz, Supplier<RebuildProgress> progress) {
        EventPublisher during = newPublisher();
        Map<RebuildState, Integer> published = new EnumMap<>(RebuildState.class);
        int i = 0;
        RebuildState state;
        while (!(state = progress.get().state()).finished()) {
            during.publish(clazz, signUp(clazz, "during-" + i++));
            published.merge(state, 1, Integer::sum);
        }
        awaitApplied(during.eventIds());
        return published;
    }

    private int publishUntil(String clazz, Supplier<Boolean> finished) {
        EventPublisher during = newPublisher();
        int i = 0;
        while (!finished.get()) {
            during.publish(clazz, signUp(clazz, "cli-" + i++));
        }
        awaitApplied(during.eventIds());
        return i;
    }

    private EventPublisher newPublisher() {
        EventPublisher extra = new EventPublisher(broker, StatsClient.JSON, NOW.minus(Duration.ofDays(20)));
        extraPublishers.add(extra);
        return extra;
    }

    private static TraineeSignedUpEvent signUp(String clazz, String worker) {
        return new TraineeSignedUpEvent(clazz, worker, "sp-1",
                SignUpStatus.CONFIRMED, null, Instant.parse("2045-02-01T02:00:00Z"));
    }

    /**
     * A palace with one class and a degree city worked out by hand: two seats, three sign-ups, a cancellation and
     * a promotion, one attendance; ten places allocated, three approved, one paid 4,000 yuan, one withdrawn unpaid.
     */
    private WorkedExample workedExample() {
        String palace = newPalace("371200");
        String clazz = "k-" + palace;
        events.course("c-" + palace, palace, "摄影", "手机摄影");
        events.openClass(clazz, "c-" + palace, palace, 2, 3, YEAR + 1);
        events.confirmed(clazz, "w1");
        events.confirmed(clazz, "w2");
        events.waitlisted(clazz, "w3", 1);
        events.attended(clazz, "w1", 0);
        events.cancelled(clazz, "w1", SignUpStatus.CONFIRMED);
        events.promoted(clazz, "w3");
        DegreeEvents degree = DegreeEvents.through(publisher);
        int year = YEAR + 1;
        degree.quota(year, 100);
        degree.allocation(year, "371200", 0, 10);
        String paid = degree.submitted(year, "371200");
        degree.approved(paid, year, "371200");
        degree.admitted(paid);
        degree.paid(paid, "4000");
        String withdrawn = degree.submitted(year, "371200");
        degree.approved(withdrawn, year, "371200");
        degree.withdrawnUnpaid(withdrawn, year, "371200");
        String approved = degree.submitted(year, "371200");
        degree.approved(approved, year, "371200");
        return new WorkedExample(palace, year);
    }

    private final class WorkedExample {
        private final String palace;
        private final int year;

        WorkedExample(String palace, int year) {
            this.palace = palace;
            this.year = year;
        }

        void check() {
            PalaceStats figures = stats.palace(palace, year);
            assertThat(figures).extracting(PalaceStats::classesOpened, PalaceStats::seats, PalaceStats::confirmed,
                            PalaceStats::waitlisted, PalaceStats::attendances, PalaceStats::distinctTrainees)
                    .containsExactly(1L, 2L, 2L, 0L, 1L, 3L);
            SubsidyStats subsidy = stats.subsidy(year);
            assertThat(subsidy).extracting(SubsidyStats::quota, SubsidyStats::allocated, SubsidyStats::reserved,
                            SubsidyStats::paidPlaces, SubsidyStats::withdrawn, SubsidyStats::remaining)
                    .containsExactly(100L, 10L, 2L, 1L, 1L, 8L);
            assertThat(subsidy.paidAmount()).isEqualByComparingTo(new BigDecimal("4000"));
        }
    }

    private String newPalace(String cityCode) {
        String palace = "palace-" + UUID.randomUUID();
        events.palace(palace, "重建文化宫 " + cityCode, PalaceLevel.CITY, cityCode, null);
        return palace;
    }

    /** Each read model table's rows, as one digest per table (the dedup record without its applied_at). */
    private Map<String, String> tableFingerprints() {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String table : jdbc.sql("""
                        select tablename from pg_tables where schemaname = current_schema()
                        and tablename <> 'flyway_schema_history' order by tablename""")
                .query(String.class).list()) {
            fingerprints.put(table, jdbc.sql("""
                            select count(*) || ':' || coalesce(md5(string_agg(r, '|' order by r)), '')
                            from (select (to_jsonb(t) - 'applied_at')::text as r from %s t) rows
                            """.formatted(table))
                    .query(String.class).single());
        }
        return fingerprints;
    }

    /** Every figures answer of every year there are figures for. */
    private Map<String, JsonNode> figures() {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        JsonNode years = stats.json("/api/stats/years");
        answers.put("years", years);
        for (JsonNode year : years.get("years")) {
            for (String path : List.of("palaces", "cities", "trainees", "subsidy", "subsidy/daily",
                    "classes-by-category", "top-palaces")) {
                String uri = "/api/stats/" + path + "?year=" + year.asInt();
                answers.put(uri, stats.json(uri));
            }
        }
        return answers;
    }

    private void awaitNoLag() {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Gauge> lags = new ArrayList<>(meters.find("projection.consumer.lag").gauges());
            return lags.size() >= 2 && lags.stream().allMatch(gauge -> gauge.value() == 0);
        });
    }

    private List<String> schemas() {
        return jdbc.sql("select nspname from pg_namespace").query(String.class).list();
    }

    private long countOf(String fromWhere, String param) {
        return jdbc.sql("select count(*) from " + fromWhere).param(param).query(Long.class).single();
    }

    private static long confirmedOf(String palaceFigures) {
        try {
            return StatsClient.JSON.readTree(palaceFigures).get("confirmed").asLong();
        } catch (Exception e) {
            throw new AssertionError("not a palace's figures: " + palaceFigures, e);
        }
    }

    private static RebuildProgress read(String body) {
        try {
            return StatsClient.JSON.readValue(body, RebuildProgress.class);
        } catch (Exception e) {
            throw new AssertionError("not a rebuild's progress: " + body, e);
        }
    }
}
