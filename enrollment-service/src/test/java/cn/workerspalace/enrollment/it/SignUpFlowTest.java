package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.course.ClassOpenedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Course events in, REST calls on the service, enrollment events out: the whole wiring on real infrastructure. */
class SignUpFlowTest extends IntegrationTestSupport {

    private String palaceId;

    @BeforeEach
    void palace() {
        palaceId = registerPalace();
    }

    @Test
    void a_registered_worker_is_answered_with_masked_personal_data() {
        String servicePointId = openServicePoint(palaceId);
        Map<String, Object> body = workerBody(palaceId, IdNumberFactory.nextIdNumber());
        body.put("servicePointId", servicePointId);
        String idNumber = (String) body.get("idNumber");
        String phone = (String) body.get("phone");

        ResponseEntity<JsonNode> created = post("/api/workers", body);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String workerId = created.getBody().get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/workers/" + workerId);
        JsonNode worker = get("/api/workers/" + workerId).getBody();
        assertThat(worker.get("idNumber").asText())
                .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(worker.get("phone").asText()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(worker.get("palaceId").asText()).isEqualTo(palaceId);
        assertThat(worker.get("cityCode").asText()).isEqualTo("370100");
        assertThat(worker.get("servicePointId").asText()).isEqualTo(servicePointId);
        assertThat(worker.get("frontLine").asBoolean()).isTrue();
        assertThat(worker.get("signUps")).isEmpty();
        assertThat(worker.get("applications").isArray()).isTrue();
        assertThat(worker.get("applications")).isEmpty();
        assertThat(created.getBody()).isEqualTo(worker);
    }

    @Test
    void a_second_registration_of_the_same_id_number_is_refused() {
        String idNumber = IdNumberFactory.nextIdNumber();
        assertThat(post("/api/workers", workerBody(palaceId, idNumber)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long before = storedEvents();

        ResponseEntity<JsonNode> again = post("/api/workers", workerBody(palaceId, idNumber));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("type").asText()).endsWith("/id-number-already-registered");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void re_posting_an_existing_worker_id_is_refused() {
        Map<String, Object> first = workerBody(palaceId, IdNumberFactory.nextIdNumber());
        String workerId = newId("worker");
        first.put("id", workerId);
        assertThat(post("/api/workers", first).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> second = workerBody(palaceId, IdNumberFactory.nextIdNumber());
        second.put("id", workerId);
        long before = storedEvents();

        assertThat(post("/api/workers", second).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void sign_ups_are_confirmed_while_seats_are_free_and_then_waitlisted_in_order() {
        String classId = openClass(palaceId, 2);
        List<String> workers = List.of(registerWorker(palaceId), registerWorker(palaceId), registerWorker(palaceId),
                registerWorker(palaceId));

        List<JsonNode> answers = workers.stream().map(worker -> {
            ResponseEntity<JsonNode> answer = signUp(classId, worker);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            return answer.getBody();
        }).toList();

        assertThat(answers).extracting(a -> a.get("status").asText())
                .containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED");
        assertThat(answers).extracting(a -> a.get("waitlistPosition").isNull() ? null : a.get("waitlistPosition").asInt())
                .containsExactly(null, null, 1, 2);
        JsonNode roster = roster(classId);
        assertThat(roster.get("capacity").asInt()).isEqualTo(2);
        assertThat(workerIds(roster.get("confirmed"))).containsExactly(workers.get(0), workers.get(1));
        assertThat(workerIds(roster.get("waitlist"))).containsExactly(workers.get(2), workers.get(3));
        assertThat(roster.get("waitlist").get(1).get("position").asInt()).isEqualTo(2);
        assertThat(roster.get("confirmed").get(0).get("signedUpAt").asText()).endsWith("+08:00");
    }

    @Test
    void a_sign_up_taken_at_a_service_point_names_it_in_the_answer_the_roster_and_the_event() {
        String servicePointId = openServicePoint(palaceId);
        String classId = openClass(palaceId, 1);
        String helped = registerWorker(palaceId);
        String alone = registerWorker(palaceId);
        String waiting = registerWorker(palaceId);

        ResponseEntity<JsonNode> answer = post("/api/classes/" + classId + "/sign-ups",
                Map.of("workerId", helped, "servicePointId", servicePointId));
        signUp(classId, alone);
        post("/api/classes/" + classId + "/sign-ups", Map.of("workerId", waiting, "servicePointId", servicePointId));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getBody().get("servicePointId").asText()).isEqualTo(servicePointId);
        JsonNode roster = roster(classId);
        assertThat(roster.get("confirmed").get(0).get("servicePointId").asText()).isEqualTo(servicePointId);
        assertThat(roster.get("waitlist").get(0).get("servicePointId").isNull()).isTrue();
        assertThat(roster.get("waitlist").get(1).get("servicePointId").asText()).isEqualTo(servicePointId);
        assertThat(signUpOf(helped, classId).get("servicePointId").asText()).isEqualTo(servicePointId);
        try (EnrollmentEventsReader reader = new EnrollmentEventsReader(broker, json)) {
            List<JsonNode> signUps = reader.awaitEnvelopes(classId, 4).stream()
                    .filter(e -> e.get("type").asText().equals("TraineeSignedUpEvent")).toList();
            assertThat(signUps).extracting(e -> e.get("revision").asText()).containsOnly("2");
            assertThat(signUps).extracting(e -> e.get("payload").get("servicePointId").isNull() ? null
                    : e.get("payload").get("servicePointId").asText())
                    .containsExactly(servicePointId, null, servicePointId);
        }
    }

    @Test
    void a_second_sign_up_of_the_same_worker_is_refused() {
        String classId = openClass(palaceId, 2);
        String worker = registerWorker(palaceId);
        signUp(classId, worker);

        ResponseEntity<JsonNode> again = signUp(classId, worker);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("type").asText()).endsWith("/already-signed-up");
    }

    @Test
    void a_sign_up_outside_the_enrolment_window_is_refused() {
        ClassOpenedEvent open = classOpened(palaceId, 5);
        Instant closed = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        String classId = openClass(new ClassOpenedEvent(open.classId(), open.courseId(), palaceId, open.title(), 5,
                closed.minus(Duration.ofDays(3)), closed, open.lessons(), open.year()));

        ResponseEntity<JsonNode> late = signUp(classId, registerWorker(palaceId));

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().get("type").asText()).endsWith("/outside-enrolment-window");
    }

    @Test
    void cancelling_a_seat_promotes_the_first_waitlisted_worker_and_the_queue_closes_up() {
        String classId = openClass(palaceId, 1);
        String first = registerWorker(palaceId);
        String second = registerWorker(palaceId);
        String third = registerWorker(palaceId);
        signUp(classId, first);
        signUp(classId, second);
        signUp(classId, third);

        ResponseEntity<JsonNode> cancelled = delete("/api/classes/" + classId + "/sign-ups/" + first);

        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody().get("status").asText()).isEqualTo("CANCELLED");
        JsonNode roster = roster(classId);
        assertThat(workerIds(roster.get("confirmed"))).containsExactly(second);
        assertThat(workerIds(roster.get("waitlist"))).containsExactly(third);
        assertThat(roster.get("waitlist").get(0).get("position").asInt()).isEqualTo(1);
        assertThat(signUpOf(second, classId).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(signUpOf(third, classId).get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(signUpOf(first, classId).get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void a_promoted_worker_takes_the_last_seat_in_seat_order() {
        String classId = openClass(palaceId, 2);
        String first = registerWorker(palaceId);
        String second = registerWorker(palaceId);
        String waiting = registerWorker(palaceId);
        signUp(classId, first);
        signUp(classId, second);
        signUp(classId, waiting);

        delete("/api/classes/" + classId + "/sign-ups/" + first);

        assertThat(workerIds(roster(classId).get("confirmed"))).containsExactly(second, waiting);
    }

    @Test
    void cancelling_a_sign_up_that_does_not_exist_is_not_found() {
        String classId = openClass(palaceId, 1);

        ResponseEntity<JsonNode> answer = delete("/api/classes/" + classId + "/sign-ups/" + registerWorker(palaceId));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void attendance_is_recorded_once_per_lesson_for_confirmed_trainees_of_a_begun_lesson() {
        String classId = openClass(palaceId, 1);
        String trainee = registerWorker(palaceId);
        String waiting = registerWorker(palaceId);
        signUp(classId, trainee);
        signUp(classId, waiting);
        String path = "/api/classes/" + classId + "/attendance";

        assertThat(post(path, Map.of("workerId", trainee, "lessonIndex", 0)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post(path, Map.of("workerId", trainee, "lessonIndex", 0)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(path, Map.of("workerId", waiting, "lessonIndex", 0)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> notBegun = post(path, Map.of("workerId", trainee, "lessonIndex", 1));
        assertThat(notBegun.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notBegun.getBody().get("type").asText()).endsWith("/lesson-not-begun");
        ResponseEntity<JsonNode> noLesson = post(path, Map.of("workerId", trainee, "lessonIndex", 2));
        assertThat(noLesson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noLesson.getBody().get("errors").get(0).get("field").asText()).isEqualTo("lessonIndex");
    }

    @Test
    void every_stored_event_reaches_enrollment_events_keyed_by_its_aggregate() {
        String classId = openClass(palaceId, 1);
        String first = registerWorker(palaceId);
        String second = registerWorker(palaceId);
        signUp(classId, first);
        signUp(classId, second);
        delete("/api/classes/" + classId + "/sign-ups/" + first);
        post("/api/classes/" + classId + "/attendance", Map.of("workerId", second, "lessonIndex", 0));

        try (EnrollmentEventsReader reader = new EnrollmentEventsReader(broker, json)) {
            List<JsonNode> rosterEvents = reader.awaitEnvelopes(classId, 6);
            assertThat(rosterEvents).extracting(e -> e.get("type").asText()).containsExactly(
                    "RosterOpenedEvent", "TraineeSignedUpEvent", "TraineeSignedUpEvent", "SignUpCancelledEvent",
                    "WaitlistedTraineePromotedEvent", "AttendanceRecordedEvent");
            assertThat(rosterEvents).extracting(e -> e.get("aggregateSequence").asLong())
                    .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
            assertThat(rosterEvents.get(4).get("payload").get("workerId").asText()).isEqualTo(second);
            assertThat(rosterEvents.get(0).get("revision").asText()).isEqualTo("1");
            JsonNode registered = reader.awaitEnvelopes(first, 1).get(0);
            assertThat(registered.get("type").asText()).isEqualTo("WorkerRegisteredEvent");
            assertThat(registered.get("payload").get("palaceId").asText()).isEqualTo(palaceId);
        }
    }

    private JsonNode signUpOf(String workerId, String classId) {
        JsonNode signUps = get("/api/workers/" + workerId).getBody().get("signUps");
        return StreamSupport.stream(signUps.spliterator(), false)
                .filter(s -> s.get("classId").asText().equals(classId)).findFirst().orElseThrow();
    }
}
