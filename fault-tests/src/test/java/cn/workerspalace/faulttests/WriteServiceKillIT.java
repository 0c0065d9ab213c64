package cn.workerspalace.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.Topics;
import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.testkit.Figures;
import cn.workerspalace.localstack.testkit.Http;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, fault test 2: enrollment-service is killed with SIGKILL while twelve clients send commands, at a moment
 * when its relay reports stored events not yet acknowledged by Kafka (the test then checks, from the event store and
 * the topic, that there were such events, and kills again if the relay had caught up in between). After a restart
 * every stored event is on the topic, and the projection counts each exactly once: its figures equal the rosters.
 */
@Order(2)
@FaultStack
class WriteServiceKillIT {

    private static final int MAX_KILLS = 3;

    @Test
    void events_stored_but_not_yet_published_when_the_write_service_dies_all_arrive_once_after_its_restart(
            Stack stack) {
        Http http = new Http(Duration.ofSeconds(20));
        EventStore events = new EventStore(stack.jdbcUrl(Service.ENROLLMENT));
        long before = events.count();
        World world = World.create(stack, http, "t2", 10, 10, 400, 5001);
        SignUpLoad load = new SignUpLoad(http, world, 12, 0.3).atMostPerSecond(150).start();
        int kills = 0;
        long unpublishedAtKills = 0;
        SignUpLoad.Tally tally;
        try {
            while (kills < MAX_KILLS && unpublishedAtKills == 0) {
                long target = events.count() + 1000;
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                        .until(() -> events.count() >= target);
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                        .until(() -> Metrics.sum(http, world.enrollment, "palace_relay_lag_events") >= 1);
                stack.kill(Service.ENROLLMENT);
                kills++;
                try {
                    Set<String> stored = events.eventIds();
                    Set<String> unpublished = EventTopic.missing(stored,
                            EventTopic.read(stack.kafkaBootstrapServers(), Topics.ENROLLMENT_EVENTS));
                    unpublishedAtKills += unpublished.size();
                    RunReport.line("write service kill", "kill %d: %d events stored, %d of them not yet on Kafka",
                            kills, stored.size(), unpublished.size());
                } finally {
                    stack.restart(Service.ENROLLMENT);
                }
            }
            long target = events.count() + 1000;
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> events.count() >= target);
        } finally {
            tally = load.stop();
        }

        assertThat(unpublishedAtKills).as("events stored but unpublished when the service was killed").isPositive();
        assertThat(tally.unexpected).as("unexpected answers").isEmpty();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(EventTopic.missing(events.eventIds(),
                        EventTopic.read(stack.kafkaBootstrapServers(), Topics.ENROLLMENT_EVENTS)))
                        .as("stored events missing from the topic").isEmpty());
        EventTopic.Contents published = EventTopic.read(stack.kafkaBootstrapServers(), Topics.ENROLLMENT_EVENTS);
        assertThat((long) published.eventIds().size()).as("distinct event ids on the topic")
                .isEqualTo(events.count());
        Map<String, Rosters.Roster> rosters = Rosters.of(http, world);
        Rosters.assertWellFormed(world, rosters);
        SignUpLoad.assertClientsAgreeWithRosters(world, tally, rosters);
        Map<String, Figures> expected = Rosters.expected(world, rosters);
        Rosters.awaitProjection(http, stack.url(Service.PROJECTION), world, expected, Duration.ofMinutes(3));
        RunReport.line("write service kill", "%d events sent, %d kill(s) of enrollment-service with %d events stored "
                        + "but unpublished at the kills; %s; topic: %d records, %d distinct events (%d sent twice), "
                        + "0 stored events missing; projection vs rosters: 0 differences",
                events.count() - before, kills, unpublishedAtKills, tally, published.records(),
                published.eventIds().size(), published.records() - published.eventIds().size());
    }
}
