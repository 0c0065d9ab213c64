package cn.workerspalace.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.localstack.testkit.Figures;
import cn.workerspalace.localstack.testkit.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The write side's truth about a world's classes (enrollment-service's rosters), what the projection must show for
 * it, and what the projection does show.
 */
final class Rosters {

    record Roster(String classId, int capacity, List<String> confirmed, List<String> waitlist,
                  List<Integer> positions) {

        Set<String> active() {
            Set<String> active = new HashSet<>(confirmed);
            active.addAll(waitlist);
            return active;
        }
    }

    private Rosters() {
    }

    static Map<String, Roster> of(Http http, World world) {
        Map<String, Roster> rosters = new LinkedHashMap<>();
        for (String classId : world.classes) {
            Http.Answer answer = http.get(world.enrollment, "/api/classes/" + classId + "/roster");
            assertThat(answer.status()).as("roster of %s: %s", classId, answer).isEqualTo(200);
            List<Integer> positions = new ArrayList<>();
            answer.body().path("waitlist").forEach(entry -> positions.add(entry.path("position").asInt()));
            rosters.put(classId, new Roster(classId, answer.body().path("capacity").asInt(),
                    workerIds(answer.body().path("confirmed")), workerIds(answer.body().path("waitlist")), positions));
        }
        return rosters;
    }

    private static List<String> workerIds(JsonNode entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(entry -> ids.add(entry.path("workerId").asText()));
        return ids;
    }

    /**
     * Each roster is well formed: nobody twice, every seat taken while anyone waits (first come, first served
     * promotion), and the waitlist numbered 1..n.
     */
    static void assertWellFormed(World world, Map<String, Roster> rosters) {
        for (Roster roster : rosters.values()) {
            List<String> everyone = new ArrayList<>(roster.confirmed());
            everyone.addAll(roster.waitlist());
            assertThat(everyone).as("sign-ups of %s", roster.classId()).doesNotHaveDuplicates();
            assertThat(roster.capacity()).isEqualTo(world.capacity);
            assertThat(roster.confirmed()).as("confirmed of %s", roster.classId())
                    .hasSize(Math.min(world.capacity, everyone.size()));
            assertThat(roster.positions()).as("waitlist positions of %s", roster.classId())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, roster.waitlist().size()).boxed().toList());
        }
    }

    /** What the projection must show for each of the world's palaces, given the rosters. */
    static Map<String, Figures> expected(World world, Map<String, Roster> rosters) {
        Map<String, Figures> expected = new LinkedHashMap<>();
        rosters.forEach((classId, roster) -> expected.put(world.palaceOf(classId), world.figuresOf(roster)));
        return expected;
    }

    /** What the projection at {@code projection} shows for each of the world's palaces. */
    static Map<String, Figures> projected(Http http, URI projection, World world) {
        Http.Answer answer = http.get(projection, "/api/stats/palaces?year=" + world.year);
        assertThat(answer.status()).as("palace figures: %s", answer).isEqualTo(200);
        Map<String, Figures> all = new LinkedHashMap<>();
        JsonNode list = answer.body().isArray() ? answer.body() : answer.body().path("palaces");
        list.forEach(palace -> all.put(palace.path("palaceId").asText(), Figures.of(palace)));
        Map<String, Figures> projected = new LinkedHashMap<>();
        world.palaces.forEach(palace -> projected.put(palace, all.getOrDefault(palace, Figures.NONE)));
        return projected;
    }

    /** Waits until the projection shows exactly the expected figures (it consumes asynchronously). */
    static void awaitProjection(Http http, URI projection, World world, Map<String, Figures> expected,
                                Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(projected(http, projection, world)).isEqualTo(expected));
    }
}
