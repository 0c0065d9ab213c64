package cn.workerspalace.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.Topics;
import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.testkit.Figures;
import cn.workerspalace.localstack.testkit.Http;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, fault test 3: the Kafka broker is killed (SIGKILL) while clients keep sending commands, and restarted on
 * its data fifteen seconds later. Every command sent while it was away still succeeds (the event stores hold the
 * events), and once it is back every stored event of both services reaches its topic and the projection.
 */
@Order(3)
@FaultStack
class KafkaRestartIT {

    private static final Duration OUTAGE = Duration.ofSeconds(15);

    /**
     * Creates a course with an Idempotency-Key, sending it again (same key) should the connection break before an
     * answer: a client's ordinary retry, so that only the service's answers count, not a stale keep-alive connection.
     */
    private static Http.Answer createCourse(Http http, World world, String title) {
        String key = UUID.randomUUID().toString();
        Map<String, Object> course = Map.of("palaceId", world.palaces.get(0), "category", "摄影", "title", title);
        for (int attempt = 1; ; attempt++) {
            try {
                return http.post(world.course, "/api/courses", course, key);
            } catch (UncheckedIOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Test
    void commands_succeed_while_the_broker_is_away_and_everything_arrives_once_it_is_back(Stack stack) {
        Http http = new Http();
        EventStore enrollmentEvents = new EventStore(stack.jdbcUrl(Service.ENROLLMENT));
        EventStore courseEvents = new EventStore(stack.jdbcUrl(Service.COURSE));
        World world = World.create(stack, http, "t3", 10, 10, 300, 9001);
        SignUpLoad load = new SignUpLoad(http, world, 6, 0.3).atMostPerSecond(150).start();
        List<Http.Answer> coursesWhileAway = Collections.synchronizedList(new ArrayList<>());
        long storedWhileAway;
        long acknowledgedWhileAway;
        double relayLag;
        SignUpLoad.Tally tally;
        try {
            long warmUp = enrollmentEvents.count() + 500;
            await().atMost(Duration.ofMinutes(2)).until(() -> enrollmentEvents.count() >= warmUp);
            stack.killKafka();
            try {
                long stored = enrollmentEvents.count() + courseEvents.count();
                long acknowledged = load.tally().acknowledged();
                long away = System.nanoTime();
                // course-service takes commands too: a course a second in the world's first palace, for the outage
                await().atMost(OUTAGE.plusSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    coursesWhileAway.add(createCourse(http, world, "断线期间开设的课程" + coursesWhileAway.size()));
                    return System.nanoTime() - away >= OUTAGE.toNanos();
                });
                storedWhileAway = enrollmentEvents.count() + courseEvents.count() - stored;
                acknowledgedWhileAway = load.tally().acknowledged() - acknowledged;
                relayLag = Metrics.sum(http, world.enrollment, "palace_relay_lag_events");
            } finally {
                stack.restartKafka();
            }
            long more = enrollmentEvents.count() + 500;
            await().atMost(Duration.ofMinutes(2)).until(() -> enrollmentEvents.count() >= more);
        } finally {
            tally = load.stop();
        }

        assertThat(coursesWhileAway).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer)
                .isEqualTo(201));
        assertThat(tally.unexpected).as("unexpected answers").isEmpty();
        assertThat(tally.transportFailures.get() + tally.serverErrors.get()).as("failed requests").isZero();
        assertThat(acknowledgedWhileAway).as("commands acknowledged while the broker was away").isPositive();
        long caughtUp = System.nanoTime();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(EventTopic.missing(enrollmentEvents.eventIds(),
                    EventTopic.read(stack.kafkaBootstrapServers(), Topics.ENROLLMENT_EVENTS)))
                    .as("enrollment events missing from the topic").isEmpty();
            assertThat(EventTopic.missing(courseEvents.eventIds(),
                    EventTopic.read(stack.kafkaBootstrapServers(), Topics.COURSE_EVENTS)))
                    .as("course events missing from the topic").isEmpty();
        });
        double relayCatchUp = (System.nanoTime() - caughtUp) / 1e9;
        Map<String, Rosters.Roster> rosters = Rosters.of(http, world);
        Rosters.assertWellFormed(world, rosters);
        SignUpLoad.assertClientsAgreeWithRosters(world, tally, rosters);
        Map<String, Figures> expected = Rosters.expected(world, rosters);
        Rosters.awaitProjection(http, stack.url(Service.PROJECTION), world, expected, Duration.ofMinutes(3));
        RunReport.line("kafka restart", "broker away %d s: %d sign-up/cancel commands and %d course creations "
                        + "acknowledged meanwhile (%d events stored, relay lag %.0f events before the restart); "
                        + "every stored event on its topic %.0f s after the load stopped; %s; projection vs rosters: "
                        + "0 differences", OUTAGE.toSeconds(), acknowledgedWhileAway, coursesWhileAway.size(),
                storedWhileAway, relayLag, relayCatchUp, tally);
    }
}
