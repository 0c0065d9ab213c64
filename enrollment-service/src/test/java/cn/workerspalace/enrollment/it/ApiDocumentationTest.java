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

    @Test
    void the_openapi_document_lists_the_quota_and_degree_application_endpoints() {
        ResponseEntity<JsonNode> docs = get("/v3/api-docs");

        assertThat(docs.getBody().get("paths").fieldNames()).toIterable().contains("/api/subsidy-quotas",
                "/api/subsidy-quotas/{year}", "/api/subsidy-quotas/{year}/allocations", "/api/degree-applications",
                "/api/degree-applications/{id}", "/api/degree-applications/{id}/approve",
                "/api/degree-applications/{id}/reject", "/api/degree-applications/{id}/admit",
                "/api/degree-applications/{id}/payments", "/api/degree-applications/{id}/graduate",
                "/api/degree-applications/{id}/withdraw");
    }
}
