package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every bad request gets problem details naming what is wrong, and writes no event. */
class BadInputTest extends IntegrationTestSupport {

    private String palaceId;
    private String classId;
    private String workerId;

    @BeforeEach
    void classAndWorker() {
        palaceId = registerPalace();
        classId = openClass(palaceId, 5);
        workerId = registerWorker(palaceId);
    }

    @Test
    void malformed_json_is_a_bad_request() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST,
                () -> post("/api/workers", "{\"memberNo\": \"M-1\", \"name\": "));
        assertThat(problem.get("type").asText()).endsWith("/malformed-request");
    }

    @Test
    void missing_fields_are_each_named() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> post("/api/workers", "{}"));
        assertThat(fields(problem)).contains("memberNo", "name", "idNumber", "phone", "palaceId", "frontLine",
                "migrantWorker");
    }

    @Test
    void a_wrong_type_names_the_field() {
        Map<String, Object> body = workerBody(palaceId, IdNumberFactory.nextIdNumber());
        body.put("frontLine", "sometimes");
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/workers", body))))
                .containsExactly("frontLine");
    }

    @Test
    void an_unknown_field_is_named() {
        Map<String, Object> body = workerBody(palaceId, IdNumberFactory.nextIdNumber());
        body.put("salary", 5000);
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/workers", body))))
                .containsExactly("salary");
    }

    @Test
    void an_id_number_with_a_wrong_check_digit_is_refused_without_being_repeated() {
        String wrong = IdNumberFactory.withWrongCheckCharacter(IdNumberFactory.nextIdNumber());
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> post("/api/workers", workerBody(palaceId, wrong)));
        assertThat(fields(problem)).containsExactly("idNumber");
        assertThat(problem.toString()).doesNotContain(wrong);
    }

    @Test
    void an_id_number_of_the_wrong_length_is_refused() {
        assertThat(fields(refused(HttpStatus.BAD_REQUEST,
                () -> post("/api/workers", workerBody(palaceId, "37010219900307123")))))
                .containsExactly("idNumber");
    }

    @Test
    void a_phone_number_that_is_no_mainland_mobile_is_refused() {
        Map<String, Object> body = workerBody(palaceId, IdNumberFactory.nextIdNumber());
        body.put("phone", "12812345678");
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/workers", body))))
                .containsExactly("phone");
    }

    @Test
    void an_unknown_palace_is_not_found() {
        refused(HttpStatus.NOT_FOUND,
                () -> post("/api/workers", workerBody("no-such-palace", IdNumberFactory.nextIdNumber())));
    }

    @Test
    void an_unknown_service_point_is_not_found() {
        Map<String, Object> body = workerBody(palaceId, IdNumberFactory.nextIdNumber());
        body.put("servicePointId", "no-such-service-point");
        refused(HttpStatus.NOT_FOUND, () -> post("/api/workers", body));
    }

    @Test
    void a_sign_up_for_an_unknown_class_is_not_found() {
        refused(HttpStatus.NOT_FOUND, () -> signUp("no-such-class", workerId));
    }

    @Test
    void a_sign_up_of_an_unknown_worker_is_not_found() {
        refused(HttpStatus.NOT_FOUND, () -> signUp(classId, "no-such-worker"));
    }

    @Test
    void a_sign_up_taken_at_an_unknown_service_point_is_not_found() {
        JsonNode problem = refused(HttpStatus.NOT_FOUND, () -> post("/api/classes/" + classId + "/sign-ups",
                Map.of("workerId", workerId, "servicePointId", "no-such-service-point")));
        assertThat(problem.get("detail").asText()).contains("no-such-service-point");
    }

    @Test
    void a_sign_up_with_an_empty_service_point_names_the_field() {
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/classes/" + classId + "/sign-ups",
                Map.of("workerId", workerId, "servicePointId", ""))))).containsExactly("servicePointId");
    }

    @Test
    void a_sign_up_without_a_worker_names_the_field() {
        assertThat(fields(refused(HttpStatus.BAD_REQUEST,
                () -> post("/api/classes/" + classId + "/sign-ups", "{}")))).containsExactly("workerId");
    }

    @Test
    void attendance_with_a_lesson_index_of_the_wrong_type_names_the_field() {
        signUp(classId, workerId);
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/classes/" + classId + "/attendance",
                Map.of("workerId", workerId, "lessonIndex", "first"))))).containsExactly("lessonIndex");
    }

    @Test
    void attendance_at_a_negative_lesson_index_names_the_field() {
        signUp(classId, workerId);
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/classes/" + classId + "/attendance",
                Map.of("workerId", workerId, "lessonIndex", -1))))).containsExactly("lessonIndex");
    }

    @Test
    void attendance_at_a_lesson_the_class_does_not_have_names_the_field() {
        signUp(classId, workerId);
        assertThat(fields(refused(HttpStatus.BAD_REQUEST, () -> post("/api/classes/" + classId + "/attendance",
                Map.of("workerId", workerId, "lessonIndex", 7))))).containsExactly("lessonIndex");
    }

    @Test
    void the_roster_of_an_unknown_class_and_an_unknown_worker_are_not_found() {
        refused(HttpStatus.NOT_FOUND, () -> get("/api/classes/no-such-class/roster"));
        refused(HttpStatus.NOT_FOUND, () -> get("/api/workers/no-such-worker"));
    }

    /** Sends the request, checks the status and that it is problem details, and that no event was stored. */
    private JsonNode refused(HttpStatus status, Supplier<ResponseEntity<JsonNode>> request) {
        long before = storedEvents();
        ResponseEntity<JsonNode> answer = request.get();
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("status").asInt()).isEqualTo(status.value());
        assertThat(answer.getBody().get("title").asText()).isNotBlank();
        assertThat(answer.getBody().get("detail").asText()).isNotBlank();
        assertThat(storedEvents()).isEqualTo(before);
        return answer.getBody();
    }

    private static List<String> fields(JsonNode problem) {
        assertThat(problem.get("errors")).isNotNull();
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asText()).distinct().toList();
    }
}
