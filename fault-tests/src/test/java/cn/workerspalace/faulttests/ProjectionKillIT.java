package cn.workerspalace.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.localstack.consistency.ConsistencyCheck;
import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.testkit.Figures;
import cn.workerspalace.localstack.testkit.Http;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, fault test 1: projection-service is killed with SIGKILL three times while 20,000 events flow (worker
 * registrations, sign-ups, cancellations and the promotions they cause, from eight REST clients), each time once it
 * has been consuming for a while, and restarted each time; the last restart also loses its committed offsets (a new
 * consumer group on the same database), so every event is delivered again. Afterwards its figures equal, to the last
 * field, those of a fresh instance that rebuilt everything from offset 0 into a new database under a new consumer
 * group, and equal what the rosters say.
 */
@Order(1)
@FaultStack
class ProjectionKillIT {

    private static final int EVENTS = 20_000;
    private static final int KILLS = 3;
    private static final String DUPLICATES = "projection_events_duplicates_total";

    @Test
    void projection_killed_three_times_under_load_ends_equal_to_a_rebuild_from_scratch_and_to_the_rosters(
            Stack stack) {
        Http http = new Http();
        URI projection = stack.url(Service.PROJECTION);
        EventStore enrollmentEvents = new EventStore(stack.jdbcUrl(Service.ENROLLMENT));
        EventStore courseEvents = new EventStore(stack.jdbcUrl(Service.COURSE));
        long enrollmentBefore = enrollmentEvents.count();
        long courseBefore = courseEvents.count();
        long started = System.nanoTime();

        World world = World.create(stack, http, "t1", 40, 15, 1500, 1);
        long target = enrollmentBefore + EVENTS - (courseEvents.count() - courseBefore);
        AtomicInteger restarted = new AtomicInteger();
        // the clients stop at 20,000 events, but not before the last killed instance is back
        SignUpLoad load = new SignUpLoad(http, world, 8, 0.3).atMostPerSecond(300)
                .until(() -> restarted.get() == KILLS && enrollmentEvents.count() >= target).start();
        double duplicates = 0;
        int killsUnderLoad = 0;
        SignUpLoad.Tally tally;
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                awaitEvents(enrollmentEvents, enrollmentBefore + (long) EVENTS * kill / (KILLS + 2), load);
                duplicates += Metrics.sum(http, projection, DUPLICATES);
                killsUnderLoad += load.stopped() ? 0 : 1;
                stack.kill(Service.PROJECTION);
                stack.restart(Service.PROJECTION, kill < KILLS ? Map.of()
                        : Map.of("SPRING_KAFKA_CONSUMER_GROUP_ID", "projection-service-offsets-lost"));
                restarted.incrementAndGet();
            }
            awaitEvents(enrollmentEvents, target, load);
        } finally {
            tally = load.stop();
        }
        long events = enrollmentEvents.count() - enrollmentBefore + courseEvents.count() - courseBefore;

        assertThat(tally.unexpected).as("unexpected answers").isEmpty();
        assertThat(tally.transportFailures.get() + tally.serverErrors.get()).as("failed requests").isZero();
        Map<String, Rosters.Roster> rosters = Rosters.of(http, world);
        Rosters.assertWellFormed(world, rosters);
        SignUpLoad.assertClientsAgreeWithRosters(world, tally, rosters);
        Map<String, Figures> expected = Rosters.expected(world, rosters);
        Rosters.awaitProjection(http, projection, world, expected, Duration.ofMinutes(3));
        duplicates += Metrics.sum(http, projection, DUPLICATES);

        try (Stack.Instance rebuilt = stack.startInstance(Service.PROJECTION, "rebuild", Map.of(
                "SPRING_KAFKA_CONSUMER_GROUP_ID", "projection-rebuild-" + UUID.randomUUID()))) {
            Rosters.awaitProjection(http, rebuilt.url(), world, expected, Duration.ofMinutes(3));
            for (String figures : new String[] {"/api/stats/palaces?year=" + world.year,
                "/api/stats/trainees?year=" + world.year}) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                        assertThat(http.get(rebuilt.url(), figures).body()).as(figures)
                                .isEqualTo(http.get(projection, figures).body()));
            }
            ConsistencyCheck.Result killed = consistent(stack, projection);
            ConsistencyCheck.Result rebuild = consistent(stack, rebuilt.url());
            RunReport.line("projection kill", "consistency check of the killed projection: %s; of the rebuild: %s",
                    killed.summary(), rebuild.summary());
            RunReport.line("projection kill", "%d events sent (%d enrollment, %d course) by 8 clients, %d kills of "
                            + "projection-service (%d while the clients were sending; the last one also losing its "
                            + "offsets); %s; duplicates seen and dropped by the killed projection: %.0f; "
                            + "figures vs rebuild from scratch (new database, new consumer group): 0 differences; "
                            + "vs rosters: 0 differences; %d palaces compared; %.0f s", events,
                    enrollmentEvents.count() - enrollmentBefore, courseEvents.count() - courseBefore, KILLS,
                    killsUnderLoad, tally,
                    duplicates, world.palaces.size(), (System.nanoTime() - started) / 1e9);
        }
        assertThat(events).isGreaterThanOrEqualTo(EVENTS);
        assertThat(killsUnderLoad).as("kills while the clients were sending").isEqualTo(KILLS);
    }

    /** The read models of {@code projection} against the event stores of the whole stack, at rest. */
    private static ConsistencyCheck.Result consistent(Stack stack, URI projection) {
        ConsistencyCheck check = new ConsistencyCheck(stack.jdbcUrl(Service.COURSE),
                stack.jdbcUrl(Service.ENROLLMENT), projection, stack.devIssuer().opsCentre());
        AtomicReference<ConsistencyCheck.Result> result = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            result.set(check.run());
            assertThat(result.get().differences()).as("consistency check of " + projection).isEmpty();
        });
        return result.get();
    }

    private static void awaitEvents(EventStore store, long count, SignUpLoad load) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .failFast("the clients met unexpected answers", () -> !load.tally().unexpected.isEmpty())
                .until(() -> store.count() >= count);
    }
}
