package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * A worker registered before {@code WorkerRegisteredEvent} revision 2 (name in clear, ID number and phone masked, no
 * data key) stays as they were: answered with the masked values the event carried, loaded by the Worker aggregate
 * through the upcaster (so their personal data can be erased), and published as revision 2.
 */
class RevisionOneWorkerTest extends IntegrationTestSupport {

    @Test
    void a_revision_1_worker_is_answered_with_the_masked_values_it_carried_and_can_be_erased() {
        String palaceId = registerPalace();
        String workerId = newId("legacy");
        storeRevisionOneRegistration(workerId, palaceId);

        JsonNode worker = get("/api/workers/" + workerId).getBody();
        assertThat(worker.get("name").asText()).isEqualTo("李四");
        assertThat(worker.get("idNumber").asText()).isEqualTo("370102********1234");
        assertThat(worker.get("phone").asText()).isEqualTo("139****0000");
        assertThat(worker.get("personalDataErased").asBoolean()).isFalse();

        assertThat(delete("/api/workers/" + workerId + "/personal-data").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode erased = get("/api/workers/" + workerId).getBody();
        assertThat(erased.get("personalDataErased").asBoolean()).isTrue();
        assertThat(erased.get("name").isNull()).isTrue();
        assertThat(erased.get("idNumber").isNull()).isTrue();
        try (EnrollmentEventsReader reader = new EnrollmentEventsReader(broker, json)) {
            JsonNode published = reader.awaitEnvelopes(workerId, 1).get(0);
            assertThat(published.get("revision").asText()).isEqualTo("2");
            assertThat(published.at("/payload/personalData").isNull()).isTrue();
            assertThat(published.at("/payload/legacyPersonalData/idNumberMasked").asText())
                    .isEqualTo("370102********1234");
        }
    }

    /** What the previous version wrote in one transaction: the revision 1 event and the worker_view row. */
    private void storeRevisionOneRegistration(String workerId, String palaceId) {
        Instant registeredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);
        String payload = """
                {"workerId":"%s","memberNo":"M-legacy","name":"李四","idNumberMasked":"370102********1234",
                 "idNumberDigest":"legacy-%s","phoneMasked":"139****0000","palaceId":"%s","cityCode":"370100",
                 "servicePointId":null,"frontLine":true,"migrantWorker":false,"registeredAt":"%s"}"""
                .formatted(workerId, workerId, palaceId, registeredAt);
        jdbc.update("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, 0, 'Worker', ?, ?, ?, '1', ?, ?)""",
                workerId, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), WorkerRegisteredEvent.class.getName(),
                registeredAt.toString());
        jdbc.update("""
                INSERT INTO worker_view (worker_id, member_no, legacy_name, legacy_id_number_masked,
                                         legacy_phone_masked, palace_id, city_code, front_line, migrant_worker,
                                         registered_at)
                VALUES (?, 'M-legacy', '李四', '370102********1234', '139****0000', ?, '370100', true, false, ?)""",
                workerId, palaceId, Timestamp.from(registeredAt));
        jdbc.update("INSERT INTO worker_id_number_lookup (id_number_digest, worker_id) VALUES (?, ?)",
                "legacy-" + workerId, workerId);
    }
}
