package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.course.support.Api.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiTest extends IntegrationTest {

    @Test
    void the_openapi_document_lists_every_endpoint_with_a_summary() {
        Response response = api().get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().path("paths");
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
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (operation.getValue().path("summary").asText().isBlank()) {
                missingSummaries.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertThat(missingSummaries).isEmpty();
        List<String> tags = new ArrayList<>();
        response.json().path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertThat(tags).contains("Palaces", "Courses", "Classes");
    }

    @Test
    void swagger_ui_is_served() {
        assertThat(api().get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(api().get("/swagger-ui.html").status()).isIn(200, 302);
    }
}
