package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.course.support.Api.Response;
import cn.workerspalace.testsupport.OpenApiDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Swagger UI shows every endpoint with a summary, an example request and its answers, refusals as problems. */
class OpenApiTest extends IntegrationTest {

    private JsonNode docs;
    private OpenApiDocument document;

    @BeforeEach
    void readDocs() throws IOException {
        Response response = api().get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        docs = response.json();
        document = new OpenApiDocument(docs);
        Files.writeString(Path.of("target", "openapi.json"), docs.toPrettyString()); // for a reader's eyes
    }

    @Test
    void the_openapi_document_lists_every_endpoint_with_a_summary() {
        JsonNode paths = docs.path("paths");
        assertThat(paths.path("/api/palaces").has("post")).isTrue();
        assertThat(paths.path("/api/palaces").has("get")).isTrue();
        assertThat(paths.path("/api/palaces/{id}").has("get")).isTrue();
        assertThat(paths.path("/api/palaces/{id}/service-points").has("post")).isTrue();
        assertThat(paths.path("/api/courses").has("post")).isTrue();
        assertThat(paths.path("/api/classes").has("post")).isTrue();
        assertThat(paths.path("/api/classes/{id}").has("get")).isTrue();
        assertThat(paths.path("/api/classes/{id}/capacity").has("post")).isTrue();
        assertThat(paths.path("/api/classes/{id}/cancel").has("post")).isTrue();
        assertThat(paths.path("/api/classes/{id}/complete").has("post")).isTrue();
        assertThat(document.operationsWithoutSummary()).isEmpty();
        assertThat(document.tagNames()).contains("Palaces", "Courses", "Classes");
    }

    @Test
    void every_post_with_a_body_shows_an_example_request() {
        assertThat(document.postsWithoutExampleRequest()).isEmpty();
        assertThat(document.postsWithoutBody()).as("POSTs that take no body")
                .containsExactly("post /api/classes/{id}/complete");
    }

    @Test
    void every_operation_shows_an_example_answer_and_its_refusals_as_problem_details() {
        assertThat(document.answersWithoutExample()).isEmpty();
        assertThat(document.refusalsNotProblemDetails()).isEmpty();
    }

    @Test
    void creating_posts_are_documented_as_201_and_every_refusal_that_api_md_names() {
        JsonNode paths = docs.path("paths");
        for (String created : List.of("/api/palaces", "/api/palaces/{id}/service-points", "/api/courses",
                "/api/classes")) {
            assertThat(paths.path(created).path("post").path("responses").has("201")).as(created).isTrue();
        }
        assertThat(paths.path("/api/classes/{id}/capacity").path("post").path("responses").fieldNames())
                .toIterable().contains("200", "400", "404", "409");
        assertThat(docs.path("components").path("schemas").path("ProblemDetail").path("properties").has("errors"))
                .isTrue();
    }

    @Test
    void swagger_ui_is_served() {
        assertThat(api().get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(api().get("/swagger-ui.html").status()).isIn(200, 302);
    }
}
