package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.enrollment.SealedPersonalData;
import cn.workerspalace.contracts.enrollment.WorkerPersonalDataErasedEvent;
import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import cn.workerspalace.enrollment.worker.pii.PersonalData;
import cn.workerspalace.enrollment.worker.pii.PersonalDataVault;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Crypto-shredding: erasing a worker's personal data destroys their data key, so the sealed name, ID number and phone
 * in every stored event stay in place but can no longer be read, while sign-ups, rosters, applications and quota
 * figures stay exactly as they were.
 */
class PersonalDataErasureTest extends DegreeTestSupport {

    @Autowired
    private PersonalDataVault vault;

    @Test
    void erasure_makes_the_stored_ciphertext_unreadable_and_leaves_every_figure_as_it_was() {
        String cityCode = newCityCode();
        String palaceId = registerCity(cityCode);
        String classId = openClass(palaceId, 1);
        int year = newYear();
        setQuota(year, 10);
        assertThat(allocate(year, cityCode, 5).getStatusCode()).isEqualTo(HttpStatus.OK);
        String idNumber = IdNumberFactory.nextIdNumber();
        Map<String, Object> body = workerBody(palaceId, idNumber);
        String phone = (String) body.get("phone");
        String workerId = post("/api/workers", body).getBody().get("id").asText();
        String other = registerWorker(palaceId);
        assertThat(signUp(classId, workerId).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(signUp(classId, other).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String applicationId = submitted(workerId, year, "BACHELOR");
        assertThat(step(applicationId, "approve").getStatusCode()).isEqualTo(HttpStatus.OK);

        SealedPersonalData sealedBefore = storedSealedPersonalData(workerId);
        assertThat(vault.open(workerId, sealedBefore)).contains(new PersonalData("张伟", idNumber, phone));
        JsonNode workerBefore = get("/api/workers/" + workerId).getBody();
        JsonNode rosterBefore = roster(classId);
        JsonNode applicationBefore = application(applicationId);
        JsonNode quotaBefore = quota(year);

        ResponseEntity<JsonNode> erased = delete("/api/workers/" + workerId + "/personal-data");

        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        SealedPersonalData sealedAfter = storedSealedPersonalData(workerId);
        assertThat(sealedAfter).isEqualTo(sealedBefore);
        assertThat(sealedAfter.idNumber()).isNotBlank();
        assertThat(vault.open(workerId, sealedAfter)).isEmpty();
        assertThat(rowsOf("worker_data_key", workerId)).isZero();
        assertThat(rowsOf("worker_id_number_lookup", workerId)).isZero();
        assertThat(storedPayloads(workerId, WorkerPersonalDataErasedEvent.class)).singleElement()
                .satisfies(event -> assertThat(event.fieldNames()).toIterable()
                        .containsExactly("workerId", "erasedAt"));

        JsonNode workerAfter = get("/api/workers/" + workerId).getBody();
        assertThat(workerAfter.get("personalDataErased").asBoolean()).isTrue();
        assertThat(List.of(workerAfter.get("name"), workerAfter.get("idNumber"), workerAfter.get("phone")))
                .allSatisfy(value -> assertThat(value.isNull()).isTrue());
        assertThat(workerAfter.get("signUps")).isEqualTo(workerBefore.get("signUps"));
        assertThat(workerAfter.get("applications")).isEqualTo(workerBefore.get("applications"));
        assertThat(roster(classId)).isEqualTo(rosterBefore);
        assertThat(application(applicationId)).isEqualTo(applicationBefore);
        assertThat(quota(year)).isEqualTo(quotaBefore);
        try (EnrollmentEventsReader reader = new EnrollmentEventsReader(broker, json)) {
            assertThat(reader.awaitEnvelopes(workerId, 2)).extracting(event -> event.get("type").asText())
                    .containsExactly("WorkerRegisteredEvent", "WorkerPersonalDataErasedEvent");
        }
    }

    @Test
    void erasing_twice_answers_204_and_records_one_erasure() {
        String workerId = registerWorker(registerPalace());

        assertThat(delete("/api/workers/" + workerId + "/personal-data").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(delete("/api/workers/" + workerId + "/personal-data").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(storedEvents(workerId, WorkerPersonalDataErasedEvent.class)).isOne();
    }

    @Test
    void erasing_an_unknown_worker_is_404_and_writes_nothing() {
        long before = storedEvents();

        ResponseEntity<JsonNode> answer = delete("/api/workers/" + newId("nobody") + "/personal-data");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void an_erased_id_number_is_no_longer_recognised() {
        String palaceId = registerPalace();
        String idNumber = IdNumberFactory.nextIdNumber();
        String workerId = post("/api/workers", workerBody(palaceId, idNumber)).getBody().get("id").asText();

        delete("/api/workers/" + workerId + "/personal-data");

        assertThat(post("/api/workers", workerBody(palaceId, idNumber)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    private SealedPersonalData storedSealedPersonalData(String workerId) {
        JsonNode sealed = storedPayloads(workerId, WorkerRegisteredEvent.class).get(0).get("personalData");
        return new SealedPersonalData(sealed.get("name").asText(), sealed.get("idNumber").asText(),
                sealed.get("phone").asText());
    }

    private long rowsOf(String table, String workerId) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE worker_id = ?", Long.class, workerId);
    }
}
