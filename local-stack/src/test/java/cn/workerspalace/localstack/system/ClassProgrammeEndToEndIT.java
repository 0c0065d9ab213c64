package cn.workerspalace.localstack.system;

import static cn.workerspalace.localstack.testkit.Province.JINAN;
import static cn.workerspalace.localstack.testkit.Province.LIXIA;
import static cn.workerspalace.localstack.testkit.Province.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.testkit.Figures;
import cn.workerspalace.localstack.testkit.Http;
import cn.workerspalace.localstack.testkit.Province;
import cn.workerspalace.localstack.testkit.RunningStack;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 工惠乐学 programme through all three services, over REST, a real Kafka broker and PostgreSQL: a coordinator
 * opens classes at a city and a county palace, workers sign up until a waitlist forms, a cancellation promotes the
 * first waitlisted worker, attendance is recorded, one class is cancelled and one completed; the operations centre's
 * figures then come out exactly as counted by hand below.
 */
@Order(1)
@ExtendWith(RunningStack.class)
class ClassProgrammeEndToEndIT {

    private static final Http HTTP = new Http();
    private static URI course;
    private static URI enrollment;
    private static URI projection;

    @BeforeAll
    static void services(Stack stack) {
        course = stack.url(Service.COURSE);
        enrollment = stack.url(Service.ENROLLMENT);
        projection = stack.url(Service.PROJECTION);
    }

    @Test
    void the_operations_centre_sees_exactly_what_happened_at_the_city_and_the_county_palace() {
        Instant now = Instant.now();
        int year = Province.yearOfClassesStarting(now);
        Province.registerPalaces(HTTP, course);
        createCourse("e2e-calligraphy", JINAN, "书法", "硬笔书法入门");
        createCourse("e2e-photography", JINAN, "摄影", "手机摄影技巧");
        createCourse("e2e-baduanjin", LIXIA, "八段锦", "健身气功·八段锦");
        openClass("e2e-a", "e2e-calligraphy", 3, 3, now);   // fills up; a waitlist forms; a cancellation promotes
        openClass("e2e-b", "e2e-calligraphy", 5, 2, now);   // cancelled
        openClass("e2e-d", "e2e-photography", 2, 2, now);   // completed, with a worker still waitlisted
        openClass("e2e-e", "e2e-baduanjin", 2, 1, now);     // the county palace's class
        for (int w = 1; w <= 7; w++) {
            register("e2e-w" + w, w, JINAN);
        }
        register("e2e-w8", 8, LIXIA);

        signUp("e2e-a", "e2e-w1", "CONFIRMED", null);
        signUp("e2e-a", "e2e-w2", "CONFIRMED", null);
        signUp("e2e-a", "e2e-w3", "CONFIRMED", null);
        signUp("e2e-a", "e2e-w4", "WAITLISTED", 1);
        signUp("e2e-a", "e2e-w5", "WAITLISTED", 2);
        signUp("e2e-b", "e2e-w1", "CONFIRMED", null);
        signUp("e2e-b", "e2e-w6", "CONFIRMED", null);
        signUp("e2e-d", "e2e-w6", "CONFIRMED", null);
        signUp("e2e-d", "e2e-w7", "CONFIRMED", null);
        signUp("e2e-d", "e2e-w5", "WAITLISTED", 1);
        signUp("e2e-e", "e2e-w8", "CONFIRMED", null);
        signUp("e2e-e", "e2e-w1", "CONFIRMED", null);
        signUp("e2e-e", "e2e-w2", "WAITLISTED", 1);

        Http.Answer cancelled = HTTP.delete(enrollment, "/api/classes/e2e-a/sign-ups/e2e-w2");
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        JsonNode rosterA = HTTP.get(enrollment, "/api/classes/e2e-a/roster").body();
        assertThat(workerIds(rosterA.path("confirmed"))).containsExactly("e2e-w1", "e2e-w3", "e2e-w4");
        assertThat(workerIds(rosterA.path("waitlist"))).containsExactly("e2e-w5");
        assertThat(rosterA.path("waitlist").get(0).path("position").asInt()).isEqualTo(1);

        attend("e2e-a", "e2e-w1");
        attend("e2e-a", "e2e-w4");
        attend("e2e-d", "e2e-w6");
        attend("e2e-e", "e2e-w8");

        Http.Answer cancelB = HTTP.post(course, "/api/classes/e2e-b/cancel", Map.of("reason", "场地检修"));
        assertThat(cancelB.status()).as("%s", cancelB).isEqualTo(200);
        assertThat(cancelB.text("status")).isEqualTo("CANCELLED");
        Http.Answer completeD = HTTP.post(course, "/api/classes/e2e-d/complete", Map.of());
        assertThat(completeD.status()).as("%s", completeD).isEqualTo(200);
        assertThat(completeD.text("status")).isEqualTo("COMPLETED");

        // city: A (3 lessons, 3 seats) and D (2, 2) count; B is cancelled. Confirmed now: A w1 w3 w4, D w6 w7;
        // waitlisted: A w5 (D's waitlist ended with the class). Attendances A w1 w4, D w6. Trainees w1 w3 w4 w6 w7.
        Figures city = new Figures(2, 3, 1, 1, 5, 5, 5, 1, 3, 5, 2);
        // county: E (1 lesson, 2 seats): w8 and w1 confirmed, w2 waitlisted, w8 attended
        Figures county = new Figures(1, 1, 0, 0, 1, 2, 2, 1, 1, 2, 0);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(figures(JINAN, year)).as("Jinan city palace").isEqualTo(city);
            assertThat(figures(LIXIA, year)).as("Lixia county palace").isEqualTo(county);
            assertThat(figures(PROVINCE, year)).as("provincial palace").isEqualTo(Figures.NONE);
        });
    }

    private void createCourse(String id, String palaceId, String category, String title) {
        Http.Answer answer = HTTP.post(course, "/api/courses",
                Map.of("id", id, "palaceId", palaceId, "category", category, "title", title));
        assertThat(answer.status()).as("course %s: %s", id, answer).isEqualTo(201);
    }

    private void openClass(String id, String courseId, int capacity, int lessons, Instant now) {
        Http.Answer answer = HTTP.post(course, "/api/classes", Province.clazz(id, courseId, capacity, lessons, now));
        assertThat(answer.status()).as("class %s: %s", id, answer).isEqualTo(201);
    }

    private void register(String id, int number, String palaceId) {
        Http.Answer answer = HTTP.postOnceKnown(enrollment, "/api/workers", Province.worker(id, number, palaceId));
        assertThat(answer.status()).as("worker %s: %s", id, answer).isEqualTo(201);
    }

    private void signUp(String classId, String workerId, String status, Integer position) {
        Http.Answer answer = HTTP.postOnceKnown(enrollment, "/api/classes/" + classId + "/sign-ups",
                Map.of("workerId", workerId));
        assertThat(answer.status()).as("sign-up of %s to %s: %s", workerId, classId, answer).isEqualTo(201);
        assertThat(answer.text("status")).as("sign-up of %s to %s", workerId, classId).isEqualTo(status);
        JsonNode waitlistPosition = answer.body().path("waitlistPosition");
        assertThat(waitlistPosition.isNull() || waitlistPosition.isMissingNode() ? null : waitlistPosition.asInt())
                .as("waitlist position of %s in %s", workerId, classId).isEqualTo(position);
    }

    private void attend(String classId, String workerId) {
        Http.Answer answer = HTTP.post(enrollment, "/api/classes/" + classId + "/attendance",
                Map.of("workerId", workerId, "lessonIndex", 0));
        assertThat(answer.status()).as("attendance of %s in %s: %s", workerId, classId, answer).isEqualTo(201);
    }

    private Figures figures(String palaceId, int year) {
        Http.Answer answer = HTTP.get(projection, "/api/stats/palaces/" + palaceId + "?year=" + year);
        assertThat(answer.status()).as("stats of %s: %s", palaceId, answer).isEqualTo(200);
        return Figures.of(answer.body());
    }

    private static List<String> workerIds(JsonNode entries) {
        return StreamSupport.stream(entries.spliterator(), false).map(e -> e.path("workerId").asText()).toList();
    }
}
