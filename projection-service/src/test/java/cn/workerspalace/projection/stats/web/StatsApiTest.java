package cn.workerspalace.projection.stats.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.support.DegreeEvents;
import cn.workerspalace.projection.support.ProjectionIntegrationTest;
import cn.workerspalace.projection.support.StatsClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The figures endpoints' contract: zeros, defaults and refusals. */
class StatsApiTest extends ProjectionIntegrationTest {

    @Test
    void a_registered_palace_without_activity_answers_zeros() {
        String palace = "palace-" + UUID.randomUUID();
        events.palace(palace, "新建文化宫", PalaceLevel.COUNTY, "371000", null);
        awaitApplied();

        PalaceStats figures = stats.palace(palace, 2026);

        assertThat(figures).usingRecursiveComparison().ignoringFields("asOfEvent").isEqualTo(new PalaceStats(
                palace, "新建文化宫", "COUNTY", "371000", 2026, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null));
        assertThat(stats.palaces(2026)).contains(stats.palace(palace, 2026));
    }

    @Test
    void an_unknown_palace_answers_404_with_problem_details() {
        ResponseEntity<String> response = stats.get("/api/stats/palaces/no-such-palace?year=2026");

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = read(response);
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("type").asText()).endsWith("/not-found");
        assertThat(problem.get("detail").asText()).contains("no-such-palace");
    }

    @Test
    void a_year_that_is_not_a_number_answers_400_naming_the_parameter() {
        ResponseEntity<String> response = stats.get("/api/stats/palaces?year=twenty");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(response).get("errors").get(0).get("field").asText()).isEqualTo("year");
    }

    @Test
    void a_year_out_of_range_answers_400_on_every_figures_endpoint() {
        for (String path : new String[] {"/api/stats/palaces?year=0", "/api/stats/palaces/any?year=-2026",
                                         "/api/stats/trainees?year=20260"}) {
            ResponseEntity<String> response = stats.get(path);

            assertThat(response.getStatusCode().value()).as(path).isEqualTo(400);
            JsonNode problem = read(response);
            assertThat(problem.get("type").asText()).endsWith("/invalid-request");
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("year");
        }
    }

    @Test
    void without_a_year_the_figures_are_those_of_this_year_in_shanghai() {
        // now is 2027-12-31T16:30Z: already 2028 in Shanghai
        String palace = "palace-" + UUID.randomUUID();
        events.palace(palace, "跨年文化宫", PalaceLevel.CITY, "371100", null);
        events.course("c-" + palace, palace, "舞蹈", "广场舞");
        events.openClass("k-" + palace, "c-" + palace, palace, 20, 6, 2028);
        awaitApplied();

        JsonNode figures = stats.json("/api/stats/palaces/" + palace);
        assertThat(figures.get("year").asInt()).isEqualTo(2028);
        assertThat(figures.get("classesOpened").asInt()).isEqualTo(1);
        assertThat(figures.get("lessons").asInt()).isEqualTo(6);
        assertThat(stats.json("/api/stats/trainees").get("year").asInt()).isEqualTo(2028);
        assertThat(stats.json("/api/stats/palaces").get(0).get("year").asInt()).isEqualTo(2028);
    }

    @Test
    void the_answers_use_the_field_names_of_the_api_contract() {
        String palace = "palace-" + UUID.randomUUID();
        events.palace(palace, "字段文化宫", PalaceLevel.CITY, "371200", null);
        awaitApplied();

        assertThat(stats.json("/api/stats/palaces/" + palace + "?year=2026").fieldNames()).toIterable()
                .contains("palaceId", "name", "level", "cityCode", "courses", "classesOpened", "classesCancelled",
                        "classesCompleted", "lessons", "seats", "confirmed", "waitlisted", "attendances",
                        "distinctTrainees", "completions", "asOfEvent");
        JsonNode trainees = stats.json("/api/stats/trainees?year=2026");
        assertThat(trainees.get("province").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("distinctTrainees", "personTimes", "completions", "degreeStudents");
        assertThat(trainees.get("cities").get(0).fieldNames()).toIterable().containsExactlyInAnyOrder(
                "cityCode", "distinctTrainees", "personTimes", "completions", "degreeStudents");
        assertThat(trainees.has("asOfEvent")).isTrue();
    }

    @Test
    void a_year_without_a_quota_answers_subsidy_figures_of_zero_with_quota_zero() {
        JsonNode figures = stats.json("/api/stats/subsidy?year=2099");

        assertThat(figures.get("year").asInt()).isEqualTo(2099);
        for (String field : new String[] {"quota", "allocated", "reserved", "waiting", "paidPlaces", "paidAmount",
                                          "graduated", "withdrawn", "remaining"}) {
            assertThat(figures.get(field).isNumber()).as(field).isTrue();
            assertThat(figures.get(field).decimalValue()).as(field).isZero();
        }
        assertThat(figures.get("cities")).isEmpty();
    }

    @Test
    void the_subsidy_answer_uses_the_field_names_of_the_api_contract() {
        DegreeEvents degree = DegreeEvents.through(publisher);
        degree.quota(2098, 10);
        degree.allocation(2098, "370100", 0, 4);
        awaitApplied();

        JsonNode figures = stats.json("/api/stats/subsidy?year=2098");

        assertThat(figures.fieldNames()).toIterable().contains("year", "quota", "allocated", "reserved", "waiting",
                "paidPlaces", "paidAmount", "graduated", "withdrawn", "remaining", "cities", "asOfEvent");
        assertThat(figures.get("cities").get(0).fieldNames()).toIterable().containsExactlyInAnyOrder("cityCode",
                "allocated", "reserved", "waiting", "paidPlaces", "paidAmount", "graduated", "withdrawn",
                "remaining");
        assertThat(figures.get("cities").get(0).get("cityCode").asText()).isEqualTo("370100");
        assertThat(stats.json("/api/stats/subsidy?year=2098&asOf=2020-01-01").get("asOf").asText())
                .isEqualTo("2020-01-01");
    }

    @Test
    void a_subsidy_as_of_that_is_not_a_date_answers_400_naming_the_parameter() {
        for (String asOf : new String[] {"2026-13-01", "2026-02-30", "yesterday", "2026-3-1", "", "20260301",
                                         "2026-03-01T00:00:00+08:00", "1899-12-31"}) {
            ResponseEntity<String> response = stats.get("/api/stats/subsidy?year=2026&asOf=" + asOf);

            assertThat(response.getStatusCode().value()).as(asOf).isEqualTo(400);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = read(response);
            assertThat(problem.get("type").asText()).endsWith("/invalid-request");
            assertThat(problem.get("errors").get(0).get("field").asText()).as(asOf).isEqualTo("asOf");
        }
    }

    @Test
    void a_subsidy_year_that_is_not_a_year_answers_400_naming_the_parameter() {
        for (String year : new String[] {"twenty", "0", "10000", "2026.5"}) {
            ResponseEntity<String> response = stats.get("/api/stats/subsidy?year=" + year + "&asOf=2026-03-01");

            assertThat(response.getStatusCode().value()).as(year).isEqualTo(400);
            assertThat(read(response).get("errors").get(0).get("field").asText()).as(year).isEqualTo("year");
        }
    }

    @Test
    void the_openapi_document_describes_the_figures_endpoints() {
        JsonNode document = stats.json("/v3/api-docs");

        assertThat(document.get("paths").fieldNames()).toIterable().contains("/api/stats/palaces",
                "/api/stats/palaces/{palaceId}", "/api/stats/trainees", "/api/stats/subsidy");
    }

    @Test
    void prometheus_exposes_the_ingestion_counters() {
        String palace = "palace-" + UUID.randomUUID();
        events.palace(palace, "指标文化宫", PalaceLevel.CITY, "371300", null);
        awaitApplied();

        String scrape = stats.get("/actuator/prometheus").getBody();

        assertThat(scrape)
                .containsPattern("projection_events_applied_total\\{[^}]*type=\"PalaceRegisteredEvent\"[^}]*} [1-9]")
                .contains("projection_events_duplicates_total{", "projection_events_dead_lettered_total{");
    }

    private static JsonNode read(ResponseEntity<String> response) {
        try {
            return StatsClient.JSON.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }
}
