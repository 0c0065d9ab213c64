package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Bad input and wrong state in the degree programme: problem details naming the cause, and nothing written. */
class DegreeBadInputTest extends DegreeTestSupport {

    private int year;
    private String city;
    private String palaceId;

    @BeforeEach
    void quotaAndCity() {
        year = newYear();
        city = newCityCode();
        palaceId = registerCity(city);
        setQuota(year, 10);
        allocate(year, city, 2);
    }

    private String approvedApplication() {
        String id = submitted(registerWorker(palaceId, true), year, "JUNIOR_COLLEGE");
        assertThat(step(id, "approve").getBody().get("status").asText()).isEqualTo("APPROVED");
        return id;
    }

    @Test
    void a_payment_before_admission_is_refused() {
        String id = approvedApplication();
        JsonNode problem = refused(HttpStatus.CONFLICT, () -> pay(id, 100));
        assertThat(problem.get("type").asText()).endsWith("/wrong-application-status");
        assertThat(application(id).get("paidAmount").decimalValue()).isZero();
    }

    @Test
    void a_payment_above_the_levels_subsidy_is_refused() {
        String id = approvedApplication();
        step(id, "admit");
        assertThat(pay(id, 2000).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        JsonNode problem = refused(HttpStatus.CONFLICT, () -> pay(id, 1000.01));

        assertThat(problem.get("type").asText()).endsWith("/subsidy-exceeded");
        assertThat(application(id).get("paidAmount").decimalValue()).isEqualByComparingTo("2000");
    }

    @Test
    void an_application_is_not_approved_twice() {
        String id = approvedApplication();
        JsonNode problem = refused(HttpStatus.CONFLICT, () -> step(id, "approve"));
        assertThat(problem.get("type").asText()).endsWith("/wrong-application-status");
        assertThat(allocationOf(quota(year), city).get("reserved").asInt()).isEqualTo(1);
    }

    @Test
    void wrong_steps_for_the_status_are_refused() {
        String id = submitted(registerWorker(palaceId, true), year, "BACHELOR");
        refused(HttpStatus.CONFLICT, () -> step(id, "admit"));
        refused(HttpStatus.CONFLICT, () -> step(id, "graduate"));
        step(id, "reject", Map.of("reason", "材料不全"));
        refused(HttpStatus.CONFLICT, () -> step(id, "withdraw", Map.of("reason", "again")));
        refused(HttpStatus.CONFLICT, () -> step(id, "approve"));
    }

    @Test
    void an_application_for_a_year_without_a_quota_names_the_year_as_unknown() {
        String workerId = registerWorker(palaceId, true);
        refused(HttpStatus.NOT_FOUND, () -> submit(workerId, 2099, "BACHELOR"));
    }

    @Test
    void an_allocation_or_a_quota_of_an_unknown_year_is_not_found() {
        refused(HttpStatus.NOT_FOUND, () -> allocate(2098, city, 1));
        refused(HttpStatus.NOT_FOUND, () -> get("/api/subsidy-quotas/2098"));
    }

    @Test
    void an_allocation_to_an_unknown_city_is_not_found() {
        refused(HttpStatus.NOT_FOUND, () -> allocate(year, "999999", 1));
    }

    @Test
    void an_allocation_to_a_county_palaces_code_that_no_city_palace_has_is_not_found() {
        String county = newCityCode();
        publishCourseEvent(county, 0, new PalaceRegisteredEvent(newId("county"), "县工人文化宫",
                PalaceLevel.COUNTY, county, palaceId));
        awaitCourseEventsConsumed();
        refused(HttpStatus.NOT_FOUND, () -> allocate(year, county, 1));
    }

    @Test
    void allocations_beyond_the_years_places_are_refused() {
        String other = newCityCode();
        registerCity(other);
        JsonNode problem = refused(HttpStatus.CONFLICT, () -> allocate(year, other, 9));
        assertThat(problem.get("type").asText()).endsWith("/allocations-exceed-quota");
    }

    @Test
    void an_allocation_below_the_citys_reserved_places_is_refused() {
        approvedApplication();
        approvedApplication();
        JsonNode problem = refused(HttpStatus.CONFLICT, () -> allocate(year, city, 1));
        assertThat(problem.get("type").asText()).endsWith("/allocation-below-reserved");
    }

    @Test
    void a_second_quota_for_a_year_is_refused() {
        JsonNode problem = refused(HttpStatus.CONFLICT,
                () -> post("/api/subsidy-quotas", quotaBody(year, 50, 1000, 2000)));
        assertThat(problem.get("type").asText()).endsWith("/already-exists");
        assertThat(quota(year).get("places").asInt()).isEqualTo(10);
    }

    @Test
    void an_application_of_an_unknown_worker_is_not_found() {
        refused(HttpStatus.NOT_FOUND, () -> submit("no-such-worker", year, "BACHELOR"));
    }

    @Test
    void steps_on_an_unknown_application_are_not_found() {
        refused(HttpStatus.NOT_FOUND, () -> step("no-such-application", "approve"));
        refused(HttpStatus.NOT_FOUND, () -> pay("no-such-application", 100));
        refused(HttpStatus.NOT_FOUND, () -> get("/api/degree-applications/no-such-application"));
    }

    @Test
    void malformed_json_is_a_bad_request() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST,
                () -> post("/api/subsidy-quotas", "{\"year\": 2026, \"places\": "));
        assertThat(problem.get("type").asText()).endsWith("/malformed-request");
        refused(HttpStatus.BAD_REQUEST, () -> post("/api/degree-applications", "not json"));
    }

    @Test
    void a_quota_without_its_fields_names_each() {
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/subsidy-quotas", "{}"))))
                .containsExactlyInAnyOrder("year", "places", "subsidyPerPlace");
    }

    @Test
    void a_quota_without_a_levels_subsidy_names_the_level() {
        Map<String, Object> body = Map.of("year", newYear(), "places", 10,
                "subsidyPerPlace", Map.of("JUNIOR_COLLEGE", 3000));
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/subsidy-quotas", body))))
                .containsExactly("subsidyPerPlace.BACHELOR");
    }

    @Test
    void a_quota_with_an_unknown_level_names_it() {
        Map<String, Object> body = Map.of("year", newYear(), "places", 10,
                "subsidyPerPlace", Map.of("JUNIOR_COLLEGE", 3000, "BACHELOR", 4000, "MASTER", 6000));
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/subsidy-quotas", body))))
                .containsExactly("subsidyPerPlace.MASTER");
    }

    @Test
    void a_quota_without_places_or_with_a_negative_subsidy_names_the_fields() {
        Map<String, Object> body = Map.of("year", newYear(), "places", 0,
                "subsidyPerPlace", Map.of("JUNIOR_COLLEGE", -1, "BACHELOR", 4000));
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/subsidy-quotas", body))))
                .containsExactlyInAnyOrder("places", "subsidyPerPlace.JUNIOR_COLLEGE");
    }

    @Test
    void an_allocation_with_a_bad_city_code_or_negative_places_names_the_fields() {
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/subsidy-quotas/" + year + "/allocations",
                Map.of("cityCode", "Jinan", "places", -1))))).containsExactlyInAnyOrder("cityCode", "places");
    }

    @Test
    void a_year_that_is_no_number_is_a_bad_request() {
        refused(HttpStatus.BAD_REQUEST,
                () -> post("/api/subsidy-quotas/next/allocations", Map.of("cityCode", city, "places", 1)));
    }

    @Test
    void an_application_with_an_unknown_level_names_the_field() {
        Map<String, Object> body = new HashMap<>(applicationBody(registerWorker(palaceId, true), year, "MASTER"));
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/degree-applications", body))))
                .containsExactly("level");
    }

    @Test
    void an_application_without_its_fields_names_each() {
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/degree-applications", "{}"))))
                .containsExactlyInAnyOrder("workerId", "year", "level", "school", "major");
    }

    @Test
    void a_payment_of_nothing_of_less_or_of_fractions_of_a_fen_names_the_amount() {
        String id = approvedApplication();
        step(id, "admit");
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> pay(id, 0)))).containsExactly("amount");
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> pay(id, -5)))).containsExactly("amount");
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> pay(id, 10.005)))).containsExactly("amount");
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> pay(id, "much")))).containsExactly("amount");
    }

    @Test
    void a_rejection_or_withdrawal_without_a_reason_names_the_field() {
        String id = submitted(registerWorker(palaceId, true), year, "BACHELOR");
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> step(id, "reject", Map.of()))))
                .containsExactly("reason");
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> step(id, "withdraw", Map.of("reason", " ")))))
                .containsExactly("reason");
    }

    /** Sends the request, checks the status and that it is problem details, and that no event was stored. */
    private JsonNode refused(HttpStatus status, Supplier<ResponseEntity<JsonNode>> request) {
        long before = storedEvents();
        ResponseEntity<JsonNode> answer = request.get();
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("status").asInt()).isEqualTo(status.value());
        assertThat(answer.getBody().get("title").asText()).isNotBlank();
        assertThat(answer.getBody().get("detail").asText()).isNotBlank();
        assertThat(storedEvents()).isEqualTo(before);
        return answer.getBody();
    }

    private static List<String> fields(JsonNode problem) {
        assertThat(problem.get("errors")).as("errors of %s", problem).isNotNull();
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asText()).distinct().toList();
    }
}
