package cn.workerspalace.benchmark.check;

import cn.workerspalace.benchmark.load.Api;
import cn.workerspalace.benchmark.load.Crowd;
import cn.workerspalace.benchmark.province.Province;
import cn.workerspalace.benchmark.province.Province.Clazz;
import cn.workerspalace.benchmark.province.ProvinceLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Whether the figures are exact once the crowd has gone: every roster within its capacity and without a worker twice,
 * the rosters' totals equal to what the crowd was told (accepted sign-ups less accepted cancellations), the
 * projection's per-palace figures equal to the rosters once it has caught up, and the subsidy figures equal to the
 * approvals' answers and within every city's allocation.
 */
public final class Exactness {

    /** One comparison. */
    public record Check(String name, String expected, String actual, boolean ok) {
    }

    public record Result(List<Check> checks, double catchUpSeconds) {
        public boolean allOk() {
            return checks.stream().allMatch(Check::ok);
        }
    }

    private record Roster(String palaceId, int capacity, int confirmed, int waitlisted, boolean duplicates,
                          boolean positionsInOrder) {
    }

    private final Api api;
    private final URI enrollment;
    private final URI projection;
    private final Consumer<String> log;

    public Exactness(Api api, URI enrollment, URI projection, Consumer<String> log) {
        this.api = api;
        this.enrollment = enrollment;
        this.projection = projection;
        this.log = log;
    }

    public Result check(Province province, Crowd crowd, Duration patience) {
        List<Check> checks = new ArrayList<>();
        Map<String, Clazz> classes = province.classesById();
        Map<String, Roster> rosters = rosters(classes);
        long overbooked = rosters.values().stream().filter(r -> r.confirmed() > r.capacity()).count();
        checks.add(new Check("rosters read", String.valueOf(classes.size()), String.valueOf(rosters.size()),
                rosters.size() == classes.size()));
        checks.add(new Check("classes with more confirmed than seats (overbooking)", "0", String.valueOf(overbooked),
                overbooked == 0));
        long duplicates = rosters.values().stream().filter(Roster::duplicates).count();
        checks.add(new Check("rosters holding a worker twice", "0", String.valueOf(duplicates), duplicates == 0));
        long misordered = rosters.values().stream().filter(r -> !r.positionsInOrder()).count();
        checks.add(new Check("waitlists whose positions are not 1..n", "0", String.valueOf(misordered),
                misordered == 0));
        long standing = rosters.values().stream().mapToLong(r -> r.confirmed() + r.waitlisted()).sum();
        long told = crowd.signUpsAccepted() - crowd.cancelsAccepted();
        checks.add(new Check("sign-ups standing = accepted sign-ups - accepted cancellations", String.valueOf(told),
                String.valueOf(standing), standing == told));
        long fullNoWaitlist = rosters.values().stream()
                .filter(r -> r.waitlisted() > 0 && r.confirmed() < r.capacity()).count();
        checks.add(new Check("classes with a free seat and a waitlist", "0", String.valueOf(fullNoWaitlist),
                fullNoWaitlist == 0));

        Map<String, long[]> expected = new HashMap<>();
        for (Roster roster : rosters.values()) {
            long[] sums = expected.computeIfAbsent(roster.palaceId(), k -> new long[2]);
            sums[0] += roster.confirmed();
            sums[1] += roster.waitlisted();
        }
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        List<String> differences;
        while (true) {
            differences = palaceDifferences(province, expected);
            if (differences.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            Api.pause(500);
        }
        double catchUp = (System.nanoTime() - started) / 1e9;
        checks.add(new Check("palaces whose projected confirmed/waitlisted differ from the rosters", "0",
                differences.size() + (differences.isEmpty() ? "" : " e.g. " + differences.get(0)),
                differences.isEmpty()));
        long projectedConfirmed = expected.values().stream().mapToLong(s -> s[0]).sum();
        long projectedWaitlisted = expected.values().stream().mapToLong(s -> s[1]).sum();
        log.accept(String.format("exactness: %d rosters, %d confirmed, %d waitlisted; projection caught up in %.1f s",
                rosters.size(), projectedConfirmed, projectedWaitlisted, catchUp));
        subsidy(province, crowd, checks, deadline);
        return new Result(checks, catchUp);
    }

    private void subsidy(Province province, Crowd crowd, List<Check> checks, long deadline) {
        JsonNode stats;
        while (true) {
            Api.Answer answer = api.get(projection, "/api/stats/subsidy?year=" + province.year());
            stats = answer.body();
            boolean caughtUp = answer.accepted() && stats.path("reserved").asLong() == crowd.approvedAnswers()
                    && stats.path("waiting").asLong() == crowd.waitingAnswers();
            if (caughtUp || System.nanoTime() > deadline) {
                break;
            }
            Api.pause(500);
        }
        checks.add(new Check("subsidy places reserved = approvals answered APPROVED",
                String.valueOf(crowd.approvedAnswers()), stats.path("reserved").asText("?"),
                stats.path("reserved").asLong(-1) == crowd.approvedAnswers()));
        checks.add(new Check("applications waiting for quota = approvals answered WAITING_FOR_QUOTA",
                String.valueOf(crowd.waitingAnswers()), stats.path("waiting").asText("?"),
                stats.path("waiting").asLong(-1) == crowd.waitingAnswers()));
        long overAllocated = 0;
        for (JsonNode city : stats.path("cities")) {
            if (city.path("reserved").asLong() > city.path("allocated").asLong()) {
                overAllocated++;
            }
        }
        checks.add(new Check("cities with more places reserved than allocated", "0", String.valueOf(overAllocated),
                overAllocated == 0));
    }

    private List<String> palaceDifferences(Province province, Map<String, long[]> expected) {
        Api.Answer answer = api.get(projection, "/api/stats/palaces?year=" + province.year());
        if (!answer.accepted()) {
            return List.of("GET /api/stats/palaces answered " + answer);
        }
        JsonNode list = answer.body().isArray() ? answer.body() : answer.body().path("palaces");
        Map<String, long[]> projected = new HashMap<>();
        for (JsonNode palace : list) {
            projected.put(palace.path("palaceId").asText(), new long[] {palace.path("confirmed").asLong(),
                palace.path("waitlisted").asLong()});
        }
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : expected.entrySet()) {
            long[] figures = projected.getOrDefault(entry.getKey(), new long[] {-1, -1});
            if (figures[0] != entry.getValue()[0] || figures[1] != entry.getValue()[1]) {
                differences.add(entry.getKey() + " rosters " + entry.getValue()[0] + "/" + entry.getValue()[1]
                        + ", projection " + figures[0] + "/" + figures[1]);
            }
        }
        return differences;
    }

    private Map<String, Roster> rosters(Map<String, Clazz> classes) {
        Map<String, Roster> rosters = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(ProvinceLoader.ROSTER_READERS);
        for (Clazz clazz : classes.values()) {
            pool.execute(() -> {
                Api.Answer answer = api.get(enrollment, "/api/classes/" + clazz.id() + "/roster");
                if (!answer.accepted()) {
                    log.accept("exactness: roster of " + clazz.id() + " answered " + answer);
                    return;
                }
                JsonNode body = answer.body();
                Set<String> workers = new HashSet<>();
                boolean duplicates = false;
                for (JsonNode entry : body.path("confirmed")) {
                    duplicates |= !workers.add(entry.path("workerId").asText());
                }
                boolean inOrder = true;
                int position = 0;
                for (JsonNode entry : body.path("waitlist")) {
                    duplicates |= !workers.add(entry.path("workerId").asText());
                    inOrder &= entry.path("position").asInt() == ++position;
                }
                rosters.put(clazz.id(), new Roster(clazz.palaceId(), body.path("capacity").asInt(),
                        body.path("confirmed").size(), body.path("waitlist").size(), duplicates, inOrder));
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return rosters;
    }
}
