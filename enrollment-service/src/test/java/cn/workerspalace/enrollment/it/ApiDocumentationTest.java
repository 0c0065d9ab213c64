package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class ApiDocumentationTest extends IntegrationTestSupport {

    @Test
    void the_openapi_document_lists_the_worker_and_roster_endpoints() {
        ResponseEntity<JsonNode> docs = get("/v3/api-docs");

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody().get("paths").fieldNames()).toIterable().contains("/api/workers",
                "/api/workers/{id}", "/api/classes/{classId}/sign-ups", "/api/classes/{classId}/sign-ups/{workerId}",
                "/api/classes/{classId}/attendance", "/api/classes/{classId}/roster");
    }
}
