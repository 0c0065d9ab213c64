package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The year's quota is the consistency boundary for a city's places and its queue, under a real crowd. */
class ConcurrentApprovalTest extends DegreeTestSupport {

    @Test
    void a_hundred_concurrent_approvals_for_forty_places_approve_forty_and_queue_sixty_in_the_order_accepted()
            throws Exception {
        int year = newYear();
        String city = newCityCode();
        String palaceId = registerCity(city);
        setQuota(year, 1000);
        allocate(year, city, 40);
        List<String> applications = IntStream.range(0, 100)
                .mapToObj(i -> submitted(registerWorker(palaceId, true), year, "BACHELOR")).toList();

        List<ResponseEntity<JsonNode>> answers = all(applications.stream()
                .map(id -> (Callable<ResponseEntity<JsonNode>>) () -> step(id, "approve")).toList());

        assertThat(answers).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.OK);
        List<String> approved = answers.stream().map(ResponseEntity::getBody)
                .filter(body -> body.get("status").asText().equals("APPROVED"))
                .map(body -> body.get("id").asText()).toList();
        assertThat(approved).hasSize(40);
        assertThat(answers).extracting(answer -> answer.getBody().get("status").asText())
                .filteredOn("WAITING_FOR_QUOTA"::equals).hasSize(60);
        String quotaId = "subsidy-quota-" + year;
        List<JsonNode> reservations = storedPayloads(quotaId, SubsidyPlaceReservedEvent.class);
        assertThat(reservations).extracting(r -> r.get("applicationId").asText())
                .containsExactlyInAnyOrderElementsOf(approved);
        // the queue is the order in which the quota accepted the approvals: its events' order in the store
        List<JsonNode> queued = storedPayloads(quotaId, ApplicationQueuedForQuotaEvent.class);
        assertThat(queued).extracting(q -> q.get("position").asInt())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 60).boxed().toList());
        List<String> queue = queued.stream().map(q -> q.get("applicationId").asText()).toList();
        for (int i = 0; i < queue.size(); i++) {
            JsonNode application = application(queue.get(i));
            assertThat(application.get("status").asText()).isEqualTo("WAITING_FOR_QUOTA");
            assertThat(application.get("queuePosition").asInt()).isEqualTo(i + 1);
        }
        JsonNode allocation = allocationOf(quota(year), city);
        assertThat(allocation.get("reserved").asInt()).isEqualTo(40);
        assertThat(allocation.get("waiting").asInt()).isEqualTo(60);

        List<String> leaving = approved.subList(0, 5);
        all(leaving.stream().map(id -> (Callable<ResponseEntity<JsonNode>>) () ->
                step(id, "withdraw", Map.of("reason", "工作调动"))).toList())
                .forEach(answer -> assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK));

        await().atMost(Duration.ofSeconds(30)).until(() -> queue.subList(0, 5).stream()
                .allMatch(id -> statusOf(id).equals("APPROVED")));
        for (int i = 5; i < queue.size(); i++) {
            JsonNode application = application(queue.get(i));
            assertThat(application.get("status").asText()).isEqualTo("WAITING_FOR_QUOTA");
            assertThat(application.get("queuePosition").asInt()).isEqualTo(i - 4);
        }
        assertThat(storedPayloads(quotaId, SubsidyPlaceReservedEvent.class).subList(40, 45))
                .extracting(r -> r.get("applicationId").asText()).containsExactlyElementsOf(queue.subList(0, 5));
        allocation = allocationOf(quota(year), city);
        assertThat(allocation.get("reserved").asInt()).isEqualTo(40);
        assertThat(allocation.get("waiting").asInt()).isEqualTo(55);
    }

    @Test
    void concurrent_submissions_of_one_worker_open_exactly_one_application() throws Exception {
        int year = newYear();
        String city = newCityCode();
        String workerId = registerWorker(registerCity(city), true);
        setQuota(year, 10);
        long before = storedEvents();

        List<ResponseEntity<JsonNode>> answers = all(IntStream.range(0, 20)
                .mapToObj(i -> (Callable<ResponseEntity<JsonNode>>) () ->
                        submit(workerId, year, i % 2 == 0 ? "BACHELOR" : "JUNIOR_COLLEGE")).toList());

        assertThat(answers).extracting(ResponseEntity::getStatusCode)
                .filteredOn(HttpStatus.CREATED::equals).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.getStatusCode() != HttpStatus.CREATED)
                .allSatisfy(answer -> {
                    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(answer.getBody().get("type").asText()).endsWith("/open-application-exists");
                });
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(get("/api/workers/" + workerId).getBody().get("applications")).hasSize(1);
    }
}
