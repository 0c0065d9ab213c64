package cn.workerspalace.projection.stats.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.projection.support.ProjectionIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Swagger UI lists every endpoint with what it answers and an example of it. */
class OpenApiDocumentTest extends ProjectionIntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void every_endpoint_is_listed_with_a_summary_and_an_example_answer() {
        JsonNode paths = stats.json("/v3/api-docs").get("paths");

        List<String> listed = new ArrayList<>();
        paths.fieldNames().forEachRemaining(listed::add);
        assertThat(listed).containsExactlyInAnyOrder("/api/stats/palaces", "/api/stats/palaces/{palaceId}",
                "/api/stats/palaces/{palaceId}/classes", "/api/stats/cities", "/api/stats/trainees",
                "/api/stats/subsidy", "/api/stats/subsidy/daily", "/api/stats/classes-by-category",
                "/api/stats/top-palaces", "/api/stats/years", "/api/stats/stream", "/api/admin/rebuild",
                "/api/admin/rebuild/{id}");
        for (String path : listed) {
            JsonNode get = paths.get(path).get("get");
            assertThat(get.get("summary").asText()).as(path).isNotBlank();
            JsonNode ok = get.get("responses").get("200").get("content");
            assertThat(ok).as(path).isNotNull();
            JsonNode first = ok.elements().next();
            assertThat(first.has("examples") || first.has("example")).as(path + " example").isTrue();
        }
    }

    @Test
    void starting_a_rebuild_is_documented_with_its_answer() {
        JsonNode post = stats.json("/v3/api-docs").get("paths").get("/api/admin/rebuild").get("post");

        assertThat(post.get("summary").asText()).isNotBlank();
        assertThat(post.get("responses").fieldNames()).toIterable().contains("202", "409");
        JsonNode accepted = post.get("responses").get("202").get("content").elements().next();
        assertThat(accepted.has("examples") || accepted.has("example")).as(accepted.toString()).isTrue();
    }

    @Test
    void the_table_endpoints_document_csv_xlsx_and_the_format_parameter() {
        JsonNode paths = stats.json("/v3/api-docs").get("paths");

        for (String path : List.of("/api/stats/palaces", "/api/stats/cities")) {
            JsonNode get = paths.get(path).get("get");
            assertThat(get.get("responses").get("200").get("content").has("text/csv")).as(path).isTrue();
            assertThat(get.get("responses").get("200").get("content").has(XLSX)).as(path).isTrue();
            JsonNode format = null;
            for (JsonNode parameter : get.get("parameters")) {
                if (parameter.get("name").asText().equals("format")) {
                    format = parameter;
                }
            }
            assertThat(format).as(path).isNotNull();
            assertThat(format.get("schema").get("enum").toString()).isEqualTo("[\"json\",\"csv\",\"xlsx\"]");
        }
    }
}
