package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.course.support.Api.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Swagger UI shows every endpoint with a summary, an example request and its answers, refusals as problems. */
class OpenApiTest extends IntegrationTest {

    private JsonNode docs;

    @BeforeEach
    void readDocs() throws IOException {
        Response response = api().get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        docs = response.json();
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
        List<String> missingSummaries = new ArrayList<>();
        eachOperation((name, operation) -> {
            if (operation.path("summary").asText().isBlank()) {
                missingSummaries.add(name);
            }
        });
        assertThat(missingSummaries).isEmpty();
        List<String> tags = new ArrayList<>();
        docs.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertThat(tags).contains("Palaces", "Courses", "Classes");
    }

    @Test
    void every_post_with_a_body_shows_an_example_request() {
        List<String> withoutExample = new ArrayList<>();
        List<String> withoutBody = new ArrayList<>();
        eachOperation((name, operation) -> {
            if (!name.startsWith("post ")) {
                return;
            }
            JsonNode body = operation.path("requestBody").path("content").path("application/json");
            if (body.isMissingNode()) {
                withoutBody.add(name);
            } else if (!hasExample(body)) {
                withoutExample.add(name);
            }
        });
        assertThat(withoutExample).isEmpty();
        assertThat(withoutBody).as("POSTs that take no body").containsExactly("post /api/classes/{id}/complete");
    }

    @Test
    void every_operation_shows_an_example_answer_and_its_refusals_as_problem_details() {
        List<String> withoutExample = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        eachOperation((name, operation) -> {
            boolean success = false;
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                String status = response.getKey();
                JsonNode content = response.getValue().path("content");
                if (status.startsWith("2")) {
                    success = true;
                    if (!hasExample(content.path("application/json"))) {
                        withoutExample.add(status + " " + name);
                    }
                } else if (status.startsWith("4") && !hasExample(content.path("application/problem+json"))) {
                    notProblems.add(status + " " + name);
                }
            }
            if (!success) {
                withoutExample.add("2xx " + name);
            }
        });
        assertThat(withoutExample).isEmpty();
        assertThat(notProblems).isEmpty();
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

    private void eachOperation(BiConsumer<String, JsonNode> check) {
        docs.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> check.accept(operation.getKey() + " " + path.getKey(), operation.getValue())));
    }

    /** An example on the media type, or on the schema, or on every property of the (referenced) schema. */
    private boolean hasExample(JsonNode mediaType) {
        if (mediaType.isMissingNode()) {
            return false;
        }
        return mediaType.has("example") || mediaType.path("examples").size() > 0
                || schemaHasExample(mediaType.path("schema"));
    }

    private boolean schemaHasExample(JsonNode schema) {
        if (schema.has("$ref")) {
            schema = docs.at("/components/schemas/" + schema.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        if (schema.isMissingNode()) {
            return false;
        }
        if (schema.has("example")) {
            return true;
        }
        if (schema.has("items")) {
            return schemaHasExample(schema.get("items"));
        }
        JsonNode properties = schema.path("properties");
        if (properties.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            if (!schemaHasExample(property.getValue())) {
                return false;
            }
        }
        return true;
    }
}
