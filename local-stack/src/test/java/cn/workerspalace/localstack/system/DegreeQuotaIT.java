package cn.workerspalace.localstack.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.testkit.Http;
import cn.workerspalace.localstack.testkit.Province;
import cn.workerspalace.localstack.testkit.RunningStack;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 求学圆梦 across the services: 100 approvals at once against a city's 40 places reserve exactly 40 and queue 60;
 * 5 withdrawals hand their places to the first 5 in the queue; the projection's figures agree to the place.
 */
@Order(4)
@ExtendWith(RunningStack.class)
class DegreeQuotaIT {

    /** A year of its own, so no other test's quota or applications mix in. */
    private static final int YEAR = 2031;
    private static final String CITY = "370100";
    private static final int PLACES = 40;
    private static final int APPLICANTS = 100;
    private static final int WITHDRAWALS = 5;
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
    void concurrent_approvals_never_overspend_and_freed_places_go_to_the_queue_in_order() throws Exception {
        Province.registerPalaces(HTTP, course);
        assertThat(HTTP.post(enrollment, "/api/subsidy-quotas", Map.of("year", YEAR, "places", 10_000,
                "subsidyPerPlace", Map.of("JUNIOR_COLLEGE", 3000, "BACHELOR", 4500))).status()).isEqualTo(201);
        assertThat(HTTP.postOnceKnown(enrollment, "/api/subsidy-quotas/" + YEAR + "/allocations",
                Map.of("cityCode", CITY, "places", PLACES)).status()).isEqualTo(200);
        List<String> applications = submitApplications();

        List<Http.Answer> approvals = allAtOnce(applications.stream()
                .map(id -> "/api/degree-applications/" + id + "/approve").toList());

        assertThat(approvals).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(200));
        assertThat(approvals).filteredOn(a -> "APPROVED".equals(a.text("status"))).hasSize(PLACES);
        assertThat(approvals).filteredOn(a -> "WAITING_FOR_QUOTA".equals(a.text("status")))
                .hasSize(APPLICANTS - PLACES);
        List<String> queue = queueInOrder(applications);
        assertThat(queue).hasSize(APPLICANTS - PLACES);
        awaitSubsidyFigures(PLACES, APPLICANTS - PLACES, 0);

        List<String> withdrawn = applications.stream()
                .filter(id -> "APPROVED".equals(application(id).path("status").asText()))
                .limit(WITHDRAWALS).toList();
        for (String id : withdrawn) {
            assertThat(HTTP.post(enrollment, "/api/degree-applications/" + id + "/withdraw",
                    Map.of("reason", "工作调动")).status()).isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(queue.subList(0, WITHDRAWALS)).allSatisfy(id ->
                        assertThat(application(id).path("status").asText()).isEqualTo("APPROVED")));
        assertThat(queueInOrder(applications)).containsExactlyElementsOf(queue.subList(WITHDRAWALS, queue.size()));
        awaitSubsidyFigures(PLACES, APPLICANTS - PLACES - WITHDRAWALS, WITHDRAWALS);
    }

    private void awaitSubsidyFigures(int reserved, int waiting, int withdrawn) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Http.Answer stats = HTTP.get(projection, "/api/stats/subsidy?year=" + YEAR);
            assertThat(stats.status()).as("%s", stats).isEqualTo(200);
            JsonNode figures = stats.body();
            assertThat(figures.path("allocated").asInt()).isEqualTo(PLACES);
            assertThat(figures.path("reserved").asInt()).isEqualTo(reserved);
            assertThat(figures.path("waiting").asInt()).isEqualTo(waiting);
            assertThat(figures.path("withdrawn").asInt()).isEqualTo(withdrawn);
            assertThat(figures.path("remaining").asInt()).isEqualTo(PLACES - reserved);
            JsonNode city = figures.path("cities").get(0);
            assertThat(city.path("cityCode").asText()).isEqualTo(CITY);
            assertThat(city.path("reserved").asInt()).isEqualTo(reserved);
            assertThat(city.path("waiting").asInt()).isEqualTo(waiting);
        });
    }

    /** The waiting applications, first in the queue first. */
    private List<String> queueInOrder(List<String> applications) {
        return applications.stream()
                .map(id -> Map.entry(id, application(id)))
                .filter(entry -> "WAITING_FOR_QUOTA".equals(entry.getValue().path("status").asText()))
                .sorted(Comparator.comparingInt(entry -> entry.getValue().path("queuePosition").asInt()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private JsonNode application(String id) {
        return HTTP.get(enrollment, "/api/degree-applications/" + id).body();
    }

    private List<String> submitApplications() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            int number = 7000 + i;
            String worker = "degree-worker-" + number;
            Http.Answer registered = HTTP.postOnceKnown(enrollment, "/api/workers",
                    Province.worker(worker, number, Province.LIXIA));
            assertThat(registered.status()).as("%s", registered).isEqualTo(201);
            String id = "degree-application-" + number;
            Http.Answer submitted = HTTP.post(enrollment, "/api/degree-applications", Map.of("id", id,
                    "workerId", worker, "year", YEAR, "level", "BACHELOR", "school", "山东开放大学",
                    "major", "机械设计制造及其自动化"));
            assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
            ids.add(id);
        }
        return ids;
    }

    private List<Http.Answer> allAtOnce(List<String> paths) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(paths.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Answer>> futures = new ArrayList<>();
            for (String path : paths) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return HTTP.post(enrollment, path, Map.of());
                }));
            }
            go.countDown();
            List<Http.Answer> answers = new ArrayList<>();
            for (Future<Http.Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
