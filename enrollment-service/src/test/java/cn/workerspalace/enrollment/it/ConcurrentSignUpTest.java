package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** The roster is the consistency boundary for its seats, and the lookup table for ID numbers, under real races. */
class ConcurrentSignUpTest extends IntegrationTestSupport {

    @Test
    void two_hundred_concurrent_sign_ups_for_thirty_seats_confirm_thirty_and_queue_the_rest_without_gaps()
            throws Exception {
        String palaceId = registerPalace();
        String classId = openClass(palaceId, 30);
        List<String> workers = IntStream.range(0, 200).mapToObj(i -> registerWorker(palaceId)).toList();

        List<ResponseEntity<JsonNode>> answers = all(workers.stream()
                .map(worker -> (Callable<ResponseEntity<JsonNode>>) () -> signUp(classId, worker)).toList());

        assertThat(answers).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.CREATED);
        List<JsonNode> bodies = answers.stream().map(ResponseEntity::getBody).toList();
        assertThat(bodies).filteredOn(b -> b.get("status").asText().equals("CONFIRMED")).hasSize(30)
                .allMatch(b -> b.get("waitlistPosition").isNull());
        List<JsonNode> waitlisted = bodies.stream().filter(b -> b.get("status").asText().equals("WAITLISTED")).toList();
        assertThat(waitlisted).extracting(b -> b.get("waitlistPosition").asInt())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 170).boxed().toList());

        JsonNode roster = roster(classId);
        assertThat(roster.get("confirmed")).hasSize(30);
        assertThat(roster.get("waitlist")).extracting(place -> place.get("position").asInt())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 170).boxed().toList());
        Map<String, Integer> answeredPositions = new HashMap<>();
        waitlisted.forEach(b -> answeredPositions.put(b.get("workerId").asText(), b.get("waitlistPosition").asInt()));
        roster.get("waitlist").forEach(place -> assertThat(answeredPositions.get(place.get("workerId").asText()))
                .isEqualTo(place.get("position").asInt()));
        assertThat(workerIds(roster.get("confirmed"))).doesNotContainAnyElementsOf(answeredPositions.keySet());
    }

    @Test
    void concurrent_registrations_of_one_id_number_register_exactly_one_worker() throws Exception {
        String palaceId = registerPalace();
        String idNumber = IdNumberFactory.nextIdNumber();

        List<ResponseEntity<JsonNode>> answers = all(IntStream.range(0, 20)
                .mapToObj(i -> (Callable<ResponseEntity<JsonNode>>) () ->
                        post("/api/workers", workerBody(palaceId, idNumber))).toList());

        assertThat(answers).extracting(ResponseEntity::getStatusCode)
                .filteredOn(HttpStatus.CREATED::equals).hasSize(1);
        assertThat(answers).extracting(ResponseEntity::getStatusCode)
                .filteredOn(status -> !status.equals(HttpStatus.CREATED))
                .containsOnly((HttpStatusCode) HttpStatus.CONFLICT);
        assertThat(answers).filteredOn(answer -> answer.getStatusCode() == HttpStatus.CONFLICT)
                .extracting(answer -> answer.getBody().get("type").asText())
                .allMatch(type -> type.endsWith("/id-number-already-registered"));
    }

    /** Starts every call at once (as far as threads allow) and collects the answers. */
    private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
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
