package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The audit trail of a worker and of a degree application, read from the event store: every event in order, with
 * the actor its metadata names (the caller's token, or set directly on stored events here), null where none was
 * recorded (events stored before actors were).
 */
class HistoryTest extends DegreeTestSupport {

    private static final String OPS_CENTER_ACTOR = """
            {"actor":"ops-zhang","actorRoles":["OPS_CENTER"],"actorPalace":"palace-shandong"}""";

    @Test
    void a_workers_history_lists_their_events_in_order_with_the_recorded_actor() {
        String workerId = registerWorker(registerPalace());
        delete("/api/workers/" + workerId + "/personal-data");
        recordActor(workerId, 0, "{}");

        ResponseEntity<JsonNode> answer = get("/api/workers/" + workerId + "/history");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode history = answer.getBody();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("sequence").asLong()).isZero();
        assertThat(history.get(0).get("type").asText()).isEqualTo("WorkerRegisteredEvent");
        assertThat(history.get(0).get("actor").isNull()).isTrue();
        assertThat(history.get(0).get("actorRoles").isNull()).isTrue();
        assertThat(history.get(1).get("sequence").asLong()).isOne();
        assertThat(history.get(1).get("type").asText()).isEqualTo("WorkerPersonalDataErasedEvent");
        assertThat(history.get(1).get("actor").asText()).as("the subject of the caller's token")
                .isEqualTo("ops-centre");
        assertThat(history.get(1).get("actorRoles")).extracting(JsonNode::asText).containsExactly("OPS_CENTER");
        assertThat(OffsetDateTime.parse(history.get(1).get("occurredAt").asText()).getOffset().getTotalSeconds())
                .isEqualTo(8 * 3600);
        assertThat(history.toString()).doesNotContain("personalData", "idNumber");
    }

    @Test
    void an_applications_history_lists_submission_and_approval_with_their_actors() {
        String cityCode = newCityCode();
        String palaceId = registerCity(cityCode);
        int year = newYear();
        setQuota(year, 10);
        allocate(year, cityCode, 5);
        String applicationId = submitted(registerWorker(palaceId, true), year, "JUNIOR_COLLEGE");
        step(applicationId, "approve");
        recordActor(applicationId, 0, """
                {"actor":"sp-lixia-01","actorRoles":["SERVICE_POINT"],"actorPalace":"%s"}""".formatted(palaceId));
        recordActor(applicationId, 1, OPS_CENTER_ACTOR);

        JsonNode history = get("/api/degree-applications/" + applicationId + "/history").getBody();

        assertThat(history).extracting(entry -> entry.get("type").asText())
                .startsWith("DegreeApplicationSubmittedEvent", "DegreeApplicationApprovedEvent");
        assertThat(history).extracting(entry -> entry.get("sequence").asLong()).isSorted();
        assertThat(history.get(0).get("actor").asText()).isEqualTo("sp-lixia-01");
        assertThat(history.get(0).get("actorRoles")).extracting(JsonNode::asText).containsExactly("SERVICE_POINT");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("ops-zhang");
    }

    @Test
    void the_history_of_an_unknown_id_or_of_another_kind_of_aggregate_is_404() {
        String workerId = registerWorker(registerPalace());

        assertThat(get("/api/workers/" + newId("nobody") + "/history").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/degree-applications/" + workerId + "/history").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void recordActor(String aggregateId, long sequence, String metadata) {
        assertThat(jdbc.update(
                "UPDATE domainevententry SET metadata = ? WHERE aggregateidentifier = ? AND sequencenumber = ?",
                metadata.getBytes(StandardCharsets.UTF_8), aggregateId, sequence)).isOne();
    }
}
