package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The event store is the audit trail: every event names who caused it, a person or the service itself. */
class ActorInEventsTest extends IntegrationTestSupport {

    @Test
    void a_worker_registered_by_service_point_staff_names_them_in_the_event() throws Exception {
        String palace = registerPalace();

        ResponseEntity<JsonNode> registered = send(HttpMethod.POST, "/api/workers",
                workerBody(palace, IdNumberFactory.nextIdNumber()), TestTokens.servicePoint(palace));

        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode metadata = metadataOf(registered.getBody().get("id").asText()).get(0);
        assertThat(metadata.path("actor").asText()).isEqualTo("service-point@" + palace);
        assertThat(metadata.path("actorRoles").asText()).isEqualTo("SERVICE_POINT");
        assertThat(metadata.path("actorPalace").asText()).isEqualTo(palace);
    }

    @Test
    void a_roster_opened_from_a_kafka_event_names_the_service_as_actor() throws Exception {
        String classId = openClass(registerPalace(), 10);

        assertThat(metadataOf(classId)).isNotEmpty()
                .allSatisfy(metadata -> assertThat(metadata.path("actor").asText())
                        .isEqualTo("system:enrollment-service"));
    }

    private List<JsonNode> metadataOf(String aggregateId) {
        return jdbc.queryForList("""
                        SELECT convert_from(metadata, 'UTF8') FROM domainevententry
                         WHERE aggregateidentifier = ? ORDER BY sequencenumber""", String.class, aggregateId)
                .stream().map(text -> {
                    try {
                        return json.readTree(text);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }
}
