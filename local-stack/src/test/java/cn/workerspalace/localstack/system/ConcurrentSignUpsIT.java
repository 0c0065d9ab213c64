package cn.workerspalace.localstack.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.testkit.Figures;
import cn.workerspalace.localstack.testkit.Http;
import cn.workerspalace.localstack.testkit.Province;
import cn.workerspalace.localstack.testkit.RunningStack;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A flash crowd on one class, through HTTP, the roster aggregate, Kafka and the projection. */
@Order(2)
@ExtendWith(RunningStack.class)
class ConcurrentSignUpsIT {

    private static final int CAPACITY = 30;
    private static final int CROWD = 200;
    private static final String PALACE = "palace-crowd";
    private static final Http HTTP = new Http();
    private static URI course;
    private static URI enrollment;
    private static URI projection;

    @BeforeAll
    static void services(Stack stack) {
        course = stack.url(Service.COURSE);
        enrollment = stack.url(Service.ENROLLMENT);
        projection = stack.url(Service.PROJECTION);
    }

    @Test
    void two_hundred_simultaneous_sign_ups_fill_thirty_seats_and_queue_the_rest_without_gaps() throws Exception {
        Instant now = Instant.now();
        int year = Province.yearOfClassesStarting(now);
        Province.registerPalaces(HTTP, course);
        assertThat(HTTP.post(course, "/api/palaces", Map.of("id", PALACE, "name", "济南市历城区工人文化宫",
                "level", "COUNTY", "cityCode", "370100", "parentId", Province.JINAN)).status()).isEqualTo(201);
        assertThat(HTTP.post(course, "/api/courses", Map.of("id", "crowd-course", "palaceId", PALACE,
                "category", "瑜伽", "title", "职场肩颈瑜伽")).status()).isEqualTo(201);
        assertThat(HTTP.post(course, "/api/classes", Province.clazz("crowd-class", "crowd-course", CAPACITY, 4, now))
                .status()).isEqualTo(201);
        List<String> workers = registerWorkers();
        assertThat(HTTP.getOnceKnown(enrollment, "/api/classes/crowd-class/roster").status()).isEqualTo(200);

        List<Http.Answer> answers = signUpAllAtOnce(workers);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(201));
        assertThat(answers).filteredOn(a -> "CONFIRMED".equals(a.text("status"))).hasSize(CAPACITY);
        List<Integer> positions = answers.stream().filter(a -> "WAITLISTED".equals(a.text("status")))
                .map(a -> a.body().path("waitlistPosition").asInt()).sorted().toList();
        assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, CROWD - CAPACITY).boxed().toList());
        Http.Answer roster = HTTP.get(enrollment, "/api/classes/crowd-class/roster");
        assertThat(roster.body().path("confirmed").size()).isEqualTo(CAPACITY);
        assertThat(roster.body().path("waitlist").size()).isEqualTo(CROWD - CAPACITY);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Http.Answer stats = HTTP.get(projection, "/api/stats/palaces/" + PALACE + "?year=" + year);
            assertThat(stats.status()).as("%s", stats).isEqualTo(200);
            Figures figures = Figures.of(stats.body());
            assertThat(figures.confirmed()).isEqualTo(CAPACITY);
            assertThat(figures.waitlisted()).isEqualTo(CROWD - CAPACITY);
            assertThat(figures.seats()).isEqualTo(CAPACITY);
            assertThat(figures.distinctTrainees()).isEqualTo(CAPACITY);
        });
    }

    private List<String> registerWorkers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> registered = new ArrayList<>();
            for (int i = 0; i < CROWD; i++) {
                int number = 1000 + i;
                registered.add(pool.submit(() -> {
                    String id = "crowd-worker-" + number;
                    Http.Answer answer = HTTP.postOnceKnown(enrollment, "/api/workers",
                            Province.worker(id, number, PALACE));
                    assertThat(answer.status()).as("worker %s: %s", id, answer).isEqualTo(201);
                    return id;
                }));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : registered) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Http.Answer> signUpAllAtOnce(List<String> workers) throws Exception {
        ExecutorService crowd = Executors.newFixedThreadPool(CROWD);
        try {
            CountDownLatch ready = new CountDownLatch(CROWD);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Answer>> futures = new ArrayList<>();
            for (String worker : workers) {
                futures.add(crowd.submit(() -> {
                    ready.countDown();
                    go.await();
                    return HTTP.post(enrollment, "/api/classes/crowd-class/sign-ups", Map.of("workerId", worker));
                }));
            }
            ready.await();
            go.countDown();
            List<Http.Answer> answers = new ArrayList<>();
            for (Future<Http.Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            crowd.shutdownNow();
        }
    }
}
