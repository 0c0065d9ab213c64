package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The clear national ID number and phone number go nowhere: not stored, published, answered or logged. Stored and
 * published, name, ID number and phone are sealed: not even the masked forms or the name can be read there.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTest extends IntegrationTestSupport {

    @Test
    void a_registered_workers_clear_id_and_phone_number_appear_nowhere(CapturedOutput output) {
        String palaceId = registerPalace();
        String idNumber = IdNumberFactory.nextIdNumber();
        Map<String, Object> body = workerBody(palaceId, idNumber);
        String phone = (String) body.get("phone");

        ResponseEntity<JsonNode> created = post("/api/workers", body);
        ResponseEntity<JsonNode> duplicate = post("/api/workers", workerBody(palaceId, idNumber));
        ResponseEntity<JsonNode> invalid = post("/api/workers",
                workerBody(palaceId, IdNumberFactory.withWrongCheckCharacter(idNumber)));
        String workerId = created.getBody().get("id").asText();
        ResponseEntity<JsonNode> read = get("/api/workers/" + workerId);

        assertThat(List.of(created.getStatusCode(), duplicate.getStatusCode(), invalid.getStatusCode()))
                .containsExactly(HttpStatus.CREATED, HttpStatus.CONFLICT, HttpStatus.BAD_REQUEST);
        for (ResponseEntity<JsonNode> answer : List.of(created, duplicate, invalid, read)) {
            assertThat(answer.getBody().toString()).doesNotContain(idNumber, idNumber.substring(0, 17), phone);
        }
        assertThat(read.getBody().get("idNumber").asText()).isEqualTo(idNumber.substring(0, 6) + "********"
                + idNumber.substring(14));
        assertThat(read.getBody().get("phone").asText()).isEqualTo(phone.substring(0, 3) + "****"
                + phone.substring(7));
        assertThat(read.getBody().get("name").asText()).isEqualTo("张伟");
        String masked = read.getBody().get("idNumber").asText();
        for (String secret : List.of(idNumber.substring(0, 17), phone, masked, "张伟")) {
            assertThat(storedPayloadsContaining(secret)).as(secret).isZero();
            assertThat(tableRowsContaining(secret)).as(secret).isEmpty();
        }
        assertThat(storedPayloadsContaining("\"personalData\":{\"name\":")).isPositive();
        try (EnrollmentEventsReader reader = new EnrollmentEventsReader(broker, json)) {
            JsonNode published = reader.awaitEnvelopes(workerId, 1).get(0);
            assertThat(published.toString()).doesNotContain(idNumber.substring(0, 17), phone, masked, "张伟");
            assertThat(published.at("/payload/personalData/idNumber").asText()).isNotBlank();
        }
        assertThat(output.getAll()).doesNotContain(idNumber.substring(0, 17)).doesNotContain(phone);
    }

    private long storedPayloadsContaining(String text) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry
                 WHERE position(? IN convert_from(payload, 'UTF8') || coalesce(convert_from(metadata, 'UTF8'), '')) > 0""",
                Long.class, text);
    }

    /** Every row of every table of this service (the event store's bytea columns show as hex here). */
    private List<String> tableRowsContaining(String text) {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class);
        assertThat(tables).contains("worker_view", "worker_id_number_lookup", "sign_up_view", "roster_view");
        return tables.stream()
                .filter(table -> jdbc.queryForObject("SELECT count(*) FROM " + table + " t WHERE position(? IN t::text) > 0",
                        Long.class, text) > 0)
                .toList();
    }
}
