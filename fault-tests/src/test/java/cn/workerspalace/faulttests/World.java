package cn.workerspalace.faulttests;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.testkit.Figures;
import cn.workerspalace.localstack.testkit.Http;
import cn.workerspalace.localstack.testkit.Province;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * What one fault test works on, under its own prefix: county palaces under the test province's Jinan palace, each
 * with exactly one course and one class (so a palace's figures are its class's figures), and workers registered at
 * Jinan. Worker numbers make the national ID numbers; each test uses its own range.
 */
final class World {

    static final int LESSONS = 2;

    final String prefix;
    final int capacity;
    final int year;
    final List<String> palaces;
    final List<String> classes;
    final List<String> workers;
    final URI course;
    final URI enrollment;
    final URI projection;

    private World(String prefix, int capacity, int year, List<String> palaces, List<String> classes,
                  List<String> workers, Stack stack) {
        this.prefix = prefix;
        this.capacity = capacity;
        this.year = year;
        this.palaces = palaces;
        this.classes = classes;
        this.workers = workers;
        this.course = stack.url(Service.COURSE);
        this.enrollment = stack.url(Service.ENROLLMENT);
        this.projection = stack.url(Service.PROJECTION);
    }

    /** Registers everything and waits until enrollment-service has opened every class's roster. */
    static World create(Stack stack, Http http, String prefix, int classCount, int capacity, int workerCount,
                        int firstWorkerNumber) {
        URI course = stack.url(Service.COURSE);
        URI enrollment = stack.url(Service.ENROLLMENT);
        Instant now = Instant.now();
        Province.registerPalaces(http, course);
        List<String> palaces = ids(prefix + "-palace-", classCount);
        List<String> classes = ids(prefix + "-class-", classCount);
        List<String> workers = ids(prefix + "-worker-", workerCount);
        inParallel(classCount, i -> {
            created(http.post(course, "/api/palaces", Map.of("id", palaces.get(i), "name",
                    "测试" + prefix + "区工人文化宫" + i, "level", "COUNTY", "cityCode", "370100",
                    "parentId", Province.JINAN)), palaces.get(i));
            String courseId = prefix + "-course-" + i;
            created(http.post(course, "/api/courses", Map.of("id", courseId, "palaceId", palaces.get(i),
                    "category", "书法", "title", "硬笔书法" + i)), courseId);
            created(http.post(course, "/api/classes", Province.clazz(classes.get(i), courseId, capacity, LESSONS,
                    now)), classes.get(i));
            return null;
        });
        inParallel(workerCount, i -> {
            created(http.postOnceKnown(enrollment, "/api/workers",
                    Province.worker(workers.get(i), firstWorkerNumber + i, Province.JINAN)), workers.get(i));
            return null;
        });
        inParallel(classCount, i -> {
            Http.Answer roster = http.getOnceKnown(enrollment, "/api/classes/" + classes.get(i) + "/roster");
            assertThat(roster.status()).as("roster of %s: %s", classes.get(i), roster).isEqualTo(200);
            return null;
        });
        return new World(prefix, capacity, Province.yearOfClassesStarting(now), palaces, classes, workers, stack);
    }

    String palaceOf(String classId) {
        return palaces.get(classes.indexOf(classId));
    }

    /** A palace's figures when its one class has these confirmed and waitlisted workers and nothing else happened. */
    Figures figuresOf(Rosters.Roster roster) {
        long confirmed = roster.confirmed().size();
        return new Figures(1, 1, 0, 0, LESSONS, capacity, confirmed, roster.waitlist().size(), 0, confirmed, 0);
    }

    private static List<String> ids(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    private static void created(Http.Answer answer, String id) {
        assertThat(answer.status()).as("create %s: %s", id, answer).isEqualTo(201);
    }

    /** Runs {@code task} for 0..count-1 on a few threads and fails with the first failure. */
    static <T> List<T> inParallel(int count, IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, Math.max(1, count)));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
