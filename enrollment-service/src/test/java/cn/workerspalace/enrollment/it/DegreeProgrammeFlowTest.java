package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 求学圆梦 through the REST API on real PostgreSQL and Kafka: the quota, an application's life, the queue. */
class DegreeProgrammeFlowTest extends DegreeTestSupport {

    private int year;
    private String city;
    private String palaceId;

    @BeforeEach
    void quotaAndCity() {
        year = newYear();
        city = newCityCode();
        palaceId = registerCity(city);
        setQuota(year, 100);
    }

    @Test
    void a_quota_is_answered_with_its_subsidies_and_its_allocations_to_cities() {
        String otherCity = newCityCode();
        registerCity(otherCity);

        assertThat(allocate(year, city, 60).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> answer = allocate(year, otherCity, 30);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode quota = answer.getBody();
        assertThat(quota).isEqualTo(quota(year));
        assertThat(quota.get("year").asInt()).isEqualTo(year);
        assertThat(quota.get("places").asInt()).isEqualTo(100);
        assertThat(quota.get("subsidyPerPlace").get("JUNIOR_COLLEGE").decimalValue()).isEqualByComparingTo("3000");
        assertThat(quota.get("subsidyPerPlace").get("BACHELOR").decimalValue()).isEqualByComparingTo("4000");
        assertThat(quota.get("allocated").asInt()).isEqualTo(90);
        assertThat(quota.get("unallocated").asInt()).isEqualTo(10);
        assertThat(allocationOf(quota, city).get("places").asInt()).isEqualTo(60);
        assertThat(allocationOf(quota, otherCity).get("remaining").asInt()).isEqualTo(30);
    }

    @Test
    void a_new_quota_answers_created_with_where_it_lives() {
        int newYear = newYear();
        ResponseEntity<JsonNode> created = post("/api/subsidy-quotas", quotaBody(newYear, 10_000, 3000, 4000));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/subsidy-quotas/" + newYear);
        assertThat(created.getBody().get("id").asText()).isEqualTo(String.valueOf(newYear));
        assertThat(created.getBody().get("allocations")).isEmpty();
        assertThat(created.getBody().get("unallocated").asInt()).isEqualTo(10_000);
    }

    @Test
    void an_application_lives_from_submission_to_graduation_and_every_step_is_published() {
        allocate(year, city, 5);
        String workerId = registerWorker(palaceId, true);

        ResponseEntity<JsonNode> created = submit(workerId, year, "JUNIOR_COLLEGE");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/degree-applications/" + id);
        assertThat(created.getBody().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(created.getBody().get("cityCode").asText()).isEqualTo(city);
        assertThat(created.getBody().get("palaceId").asText()).isEqualTo(palaceId);
        assertThat(created.getBody().get("paidAmount").decimalValue()).isZero();

        assertThat(step(id, "approve").getBody().get("status").asText()).isEqualTo("APPROVED");
        assertThat(step(id, "admit").getBody().get("status").asText()).isEqualTo("ADMITTED");
        ResponseEntity<JsonNode> firstPayment = pay(id, 1000);
        assertThat(firstPayment.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(firstPayment.getBody().get("paidAmount").decimalValue()).isEqualByComparingTo("1000");
        assertThat(pay(id, 2000).getBody().get("paidAmount").decimalValue()).isEqualByComparingTo("3000");
        JsonNode graduated = step(id, "graduate").getBody();

        assertThat(graduated.get("status").asText()).isEqualTo("GRADUATED");
        assertThat(graduated.get("paidAmount").decimalValue()).isEqualByComparingTo("3000");
        assertThat(graduated.get("payments")).hasSize(2);
        assertThat(graduated).isEqualTo(application(id));
        JsonNode listed = get("/api/workers/" + workerId).getBody().get("applications");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(id);
        assertThat(listed.get(0).get("status").asText()).isEqualTo("GRADUATED");
        assertThat(allocationOf(quota(year), city).get("reserved").asInt()).isEqualTo(1);
        try (EnrollmentEventsReader reader = new EnrollmentEventsReader(broker, json)) {
            assertThat(reader.awaitEnvelopes(id, 6)).extracting(envelope -> envelope.get("type").asText())
                    .containsExactly("DegreeApplicationSubmittedEvent", "DegreeApplicationApprovedEvent",
                            "DegreeApplicationAdmittedEvent", "SubsidyPaidEvent", "SubsidyPaidEvent",
                            "DegreeApplicationGraduatedEvent");
            assertThat(reader.awaitEnvelopes("subsidy-quota-" + year, 3))
                    .extracting(envelope -> envelope.get("type").asText())
                    .containsExactly("SubsidyQuotaSetEvent", "CityAllocationSetEvent", "SubsidyPlaceReservedEvent");
        }
    }

    @Test
    void a_waiting_application_is_approved_when_an_unpaid_place_is_withdrawn() {
        allocate(year, city, 1);
        String first = submitted(registerWorker(palaceId, true), year, "BACHELOR");
        String second = submitted(registerWorker(palaceId, true), year, "BACHELOR");
        step(first, "approve");
        JsonNode waiting = step(second, "approve").getBody();
        assertThat(waiting.get("status").asText()).isEqualTo("WAITING_FOR_QUOTA");
        assertThat(waiting.get("queuePosition").asInt()).isEqualTo(1);

        JsonNode withdrawn = step(first, "withdraw", Map.of("reason", "工作调动")).getBody();

        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("placeReleased").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(second).equals("APPROVED"));
        assertThat(application(second).get("queuePosition").isNull()).isTrue();
        JsonNode allocation = allocationOf(quota(year), city);
        assertThat(allocation.get("reserved").asInt()).isEqualTo(1);
        assertThat(allocation.get("waiting").asInt()).isZero();
    }

    @Test
    void a_larger_allocation_approves_the_waiting_applications_in_queue_order() {
        List<String> waiting = List.of(submitted(registerWorker(palaceId, true), year, "BACHELOR"),
                submitted(registerWorker(palaceId, true), year, "BACHELOR"),
                submitted(registerWorker(palaceId, true), year, "BACHELOR"));
        waiting.forEach(id -> assertThat(step(id, "approve").getBody().get("status").asText())
                .isEqualTo("WAITING_FOR_QUOTA"));

        allocate(year, city, 2);

        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(waiting.get(1)).equals("APPROVED"));
        assertThat(statusOf(waiting.get(0))).isEqualTo("APPROVED");
        assertThat(application(waiting.get(2)).get("queuePosition").asInt()).isEqualTo(1);
        assertThat(statusOf(waiting.get(2))).isEqualTo("WAITING_FOR_QUOTA");
    }

    @Test
    void a_paid_place_stays_used_after_a_withdrawal() {
        allocate(year, city, 1);
        String paid = submitted(registerWorker(palaceId, true), year, "JUNIOR_COLLEGE");
        String waiting = submitted(registerWorker(palaceId, true), year, "JUNIOR_COLLEGE");
        step(paid, "approve");
        step(waiting, "approve");
        step(paid, "admit");
        pay(paid, 500);

        JsonNode withdrawn = step(paid, "withdraw", Map.of("reason", "工作调动")).getBody();

        assertThat(withdrawn.get("placeReleased").asBoolean()).isFalse();
        assertThat(withdrawn.get("paidAmount").decimalValue()).isEqualByComparingTo("500");
        JsonNode allocation = allocationOf(quota(year), city);
        assertThat(allocation.get("reserved").asInt()).isEqualTo(1);
        assertThat(allocation.get("waiting").asInt()).isEqualTo(1);
        assertThat(statusOf(waiting)).isEqualTo("WAITING_FOR_QUOTA");
    }

    @Test
    void a_rejected_waiting_application_leaves_the_queue_and_those_behind_move_up() {
        allocate(year, city, 0);
        String first = submitted(registerWorker(palaceId, true), year, "BACHELOR");
        String second = submitted(registerWorker(palaceId, true), year, "BACHELOR");
        step(first, "approve");
        step(second, "approve");

        JsonNode rejected = step(first, "reject", Map.of("reason", "材料不全")).getBody();

        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asText()).isEqualTo("材料不全");
        assertThat(application(second).get("queuePosition").asInt()).isEqualTo(1);
        assertThat(allocationOf(quota(year), city).get("waiting").asInt()).isEqualTo(1);
    }

    @Test
    void a_worker_has_one_open_application_at_a_time() {
        String workerId = registerWorker(palaceId, true);
        submitted(workerId, year, "JUNIOR_COLLEGE");
        long before = storedEvents();

        ResponseEntity<JsonNode> second = submit(workerId, year, "BACHELOR");

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("type").asText()).endsWith("/open-application-exists");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_graduate_is_funded_at_that_level_for_life_but_may_apply_at_the_other() {
        allocate(year, city, 5);
        String workerId = registerWorker(palaceId, true);
        String id = submitted(workerId, year, "JUNIOR_COLLEGE");
        step(id, "approve");
        step(id, "admit");
        step(id, "graduate");
        int nextYear = newYear();
        setQuota(nextYear, 10);

        ResponseEntity<JsonNode> sameLevel = submit(workerId, nextYear, "JUNIOR_COLLEGE");

        assertThat(sameLevel.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(sameLevel.getBody().get("type").asText()).endsWith("/already-funded");
        assertThat(submit(workerId, nextYear, "BACHELOR").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void a_worker_who_withdrew_before_any_payment_may_apply_again_at_the_same_level() {
        allocate(year, city, 5);
        String workerId = registerWorker(palaceId, true);
        String id = submitted(workerId, year, "JUNIOR_COLLEGE");
        step(id, "approve");
        step(id, "withdraw", Map.of("reason", "家庭原因"));

        assertThat(submit(workerId, year, "JUNIOR_COLLEGE").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void a_worker_who_withdrew_after_a_payment_stays_funded_at_that_level() {
        allocate(year, city, 5);
        String workerId = registerWorker(palaceId, true);
        String id = submitted(workerId, year, "JUNIOR_COLLEGE");
        step(id, "approve");
        step(id, "admit");
        pay(id, 100);
        step(id, "withdraw", Map.of("reason", "家庭原因"));

        ResponseEntity<JsonNode> again = submit(workerId, year, "JUNIOR_COLLEGE");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("type").asText()).endsWith("/already-funded");
    }

    @Test
    void only_front_line_workers_are_eligible() {
        String workerId = registerWorker(palaceId, false);
        long before = storedEvents();

        ResponseEntity<JsonNode> refused = submit(workerId, year, "BACHELOR");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("type").asText()).endsWith("/not-eligible");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void the_workers_applications_are_listed_oldest_first() {
        allocate(year, city, 5);
        String workerId = registerWorker(palaceId, true);
        String first = submitted(workerId, year, "JUNIOR_COLLEGE");
        step(first, "reject", Map.of("reason", "材料不全"));
        String second = submitted(workerId, year, "JUNIOR_COLLEGE");

        JsonNode applications = get("/api/workers/" + workerId).getBody().get("applications");

        assertThat(StreamSupport.stream(applications.spliterator(), false).map(a -> a.get("id").asText()))
                .containsExactly(first, second);
        assertThat(applications.get(0).get("status").asText()).isEqualTo("REJECTED");
        assertThat(applications.get(1).get("status").asText()).isEqualTo("SUBMITTED");
    }
}
