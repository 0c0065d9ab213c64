package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Helpers of the degree programme's integration tests. Tests keep apart in the shared database by using a year
 * and city codes of their own.
 */
public abstract class DegreeTestSupport extends IntegrationTestSupport {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2030);
    private static final AtomicInteger NEXT_CITY = new AtomicInteger(810000);

    protected static int newYear() {
        return NEXT_YEAR.getAndIncrement();
    }

    /** A city known to the service: its CITY palace arrived on course-events. Returns the palace id. */
    protected String registerCity(String cityCode) {
        String palaceId = newId("palace-" + cityCode);
        publishCourseEvent(palaceId, 0, new PalaceRegisteredEvent(palaceId, "市工人文化宫 " + cityCode,
                PalaceLevel.CITY, cityCode, "palace-shandong"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM palace_directory WHERE palace_id = ?", Integer.class, palaceId) == 1);
        return palaceId;
    }

    protected static String newCityCode() {
        return String.valueOf(NEXT_CITY.getAndIncrement());
    }

    protected String registerWorker(String palaceId, boolean frontLine) {
        Map<String, Object> body = workerBody(palaceId, IdNumberFactory.nextIdNumber());
        body.put("frontLine", frontLine);
        ResponseEntity<JsonNode> answer = post("/api/workers", body);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().get("id").asText();
    }

    protected static Map<String, Object> quotaBody(int year, int places, int juniorCollege, int bachelor) {
        return Map.of("year", year, "places", places,
                "subsidyPerPlace", Map.of("JUNIOR_COLLEGE", juniorCollege, "BACHELOR", bachelor));
    }

    protected void setQuota(int year, int places) {
        assertThat(post("/api/subsidy-quotas", quotaBody(year, places, 3000, 4000)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    protected ResponseEntity<JsonNode> allocate(int year, String cityCode, int places) {
        return post("/api/subsidy-quotas/" + year + "/allocations", Map.of("cityCode", cityCode, "places", places));
    }

    protected JsonNode quota(int year) {
        ResponseEntity<JsonNode> answer = get("/api/subsidy-quotas/" + year);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    protected static JsonNode allocationOf(JsonNode quota, String cityCode) {
        for (JsonNode allocation : quota.get("allocations")) {
            if (allocation.get("cityCode").asText().equals(cityCode)) {
                return allocation;
            }
        }
        throw new AssertionError("no allocation for " + cityCode + " in " + quota);
    }

    protected static Map<String, Object> applicationBody(String workerId, int year, String level) {
        return Map.of("workerId", workerId, "year", year, "level", level, "school", "山东理工职业学院",
                "major", "机电一体化");
    }

    protected ResponseEntity<JsonNode> submit(String workerId, int year, String level) {
        return post("/api/degree-applications", applicationBody(workerId, year, level));
    }

    protected String submitted(String workerId, int year, String level) {
        ResponseEntity<JsonNode> answer = submit(workerId, year, level);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().get("id").asText();
    }

    protected ResponseEntity<JsonNode> step(String applicationId, String step) {
        return post("/api/degree-applications/" + applicationId + "/" + step, Map.of());
    }

    protected ResponseEntity<JsonNode> step(String applicationId, String step, Map<String, Object> body) {
        return post("/api/degree-applications/" + applicationId + "/" + step, body);
    }

    protected ResponseEntity<JsonNode> pay(String applicationId, Object amount) {
        return post("/api/degree-applications/" + applicationId + "/payments", Map.of("amount", amount));
    }

    protected JsonNode application(String applicationId) {
        ResponseEntity<JsonNode> answer = get("/api/degree-applications/" + applicationId);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    protected String statusOf(String applicationId) {
        return application(applicationId).get("status").asText();
    }

    /** The payload JSON of the aggregate's stored events of a type, in the event store's order. */
    protected List<JsonNode> storedPayloads(String aggregateId, Class<?> type) {
        return jdbc.queryForList("""
                        SELECT convert_from(payload, 'UTF8') FROM domainevententry
                         WHERE aggregateidentifier = ? AND payloadtype = ? ORDER BY sequencenumber""",
                String.class, aggregateId, type.getName()).stream().map(this::readJson).toList();
    }

    private JsonNode readJson(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts every call at once (as far as threads allow) and collects the answers in the calls' order. */
    protected static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
