package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.testsupport.OpenApiDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Swagger UI shows every endpoint with a summary, an example request and its answers (but a 204, which has none),
 * refusals as problems.
 */
class ApiDocumentationTest extends IntegrationTestSupport {

    private JsonNode docs;
    private OpenApiDocument document;

    @BeforeEach
    void readDocs() throws IOException {
        ResponseEntity<JsonNode> answer = get("/v3/api-docs");
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        docs = answer.getBody();
        document = new OpenApiDocument(docs);
        Files.writeString(Path.of("target", "openapi.json"), docs.toPrettyString()); // for a reader's eyes
    }

    @Test
    void the_openapi_document_lists_the_worker_and_roster_endpoints() {
        assertThat(docs.get("paths").fieldNames()).toIterable().contains("/api/workers",
                "/api/workers/{id}", "/api/workers/{id}/personal-data", "/api/workers/{id}/history",
                "/api/classes/{classId}/sign-ups", "/api/classes/{classId}/sign-ups/{workerId}",
                "/api/classes/{classId}/attendance", "/api/classes/{classId}/roster");
    }

    @Test
    void the_openapi_document_lists_the_quota_and_degree_application_endpoints() {
        assertThat(docs.get("paths").fieldNames()).toIterable().contains("/api/subsidy-quotas",
                "/api/subsidy-quotas/{year}", "/api/subsidy-quotas/{year}/allocations", "/api/degree-applications",
                "/api/degree-applications/{id}", "/api/degree-applications/{id}/approve",
                "/api/degree-applications/{id}/reject", "/api/degree-applications/{id}/admit",
                "/api/degree-applications/{id}/payments", "/api/degree-applications/{id}/graduate",
                "/api/degree-applications/{id}/withdraw", "/api/degree-applications/{id}/history");
    }

    @Test
    void every_operation_has_a_summary_and_a_tag() {
        assertThat(document.operationsWithoutSummary()).isEmpty();
        assertThat(document.operationsWithoutTag()).isEmpty();
        assertThat(document.tagNames()).contains("Workers", "Rosters", "Subsidy quotas", "Degree applications");
    }

    @Test
    void every_post_with_a_body_shows_an_example_request() {
        assertThat(document.postsWithoutExampleRequest()).isEmpty();
        assertThat(document.postsWithoutBody()).as("POSTs that take no body").containsExactlyInAnyOrder(
                "post /api/degree-applications/{id}/approve", "post /api/degree-applications/{id}/admit",
                "post /api/degree-applications/{id}/graduate");
    }

    @Test
    void the_sign_up_example_is_a_request_the_service_accepts_as_written() {
        JsonNode signUp = docs.at("/components/schemas/SignUpRequest/properties");
        assertThat(signUp.path("workerId").path("example").asText()).isNotBlank();
        assertThat(signUp.path("servicePointId").path("example").asText()).isNotBlank();
        JsonNode worker = docs.at("/components/schemas/RegisterWorkerRequest/properties");
        assertThat(worker.path("idNumber").path("example").asText()).isEqualTo("11010519491231002X");
        assertThat(worker.path("phone").path("example").isTextual()).as("a phone number is a string").isTrue();
        assertThat(docs.at("/components/schemas/SetAllocationRequest/properties/cityCode/example").isTextual())
                .as("a city code is a string").isTrue();
    }

    @Test
    void every_operation_shows_an_example_answer_and_its_refusals_as_problem_details() {
        assertThat(document.answersWithoutExample()).isEmpty();
        assertThat(document.refusalsNotProblemDetails()).isEmpty();
    }

    @Test
    void creating_posts_are_documented_as_201_and_refusals_as_api_md_names_them() {
        JsonNode paths = docs.path("paths");
        for (String created : List.of("/api/workers", "/api/classes/{classId}/sign-ups",
                "/api/classes/{classId}/attendance", "/api/subsidy-quotas", "/api/degree-applications",
                "/api/degree-applications/{id}/payments")) {
            assertThat(paths.path(created).path("post").path("responses").has("201")).as(created).isTrue();
        }
        assertThat(paths.path("/api/classes/{classId}/sign-ups").path("post").path("responses").fieldNames())
                .toIterable().contains("201", "400", "404", "409");
        assertThat(paths.path("/api/classes/{classId}/sign-ups/{workerId}").path("delete").path("responses")
                .fieldNames()).toIterable().contains("200", "404");
        assertThat(paths.path("/api/workers").path("post").path("parameters").findValuesAsText("name"))
                .contains("Idempotency-Key");
        assertThat(docs.at("/components/schemas/ProblemDetail/properties").has("errors")).isTrue();
    }
}
