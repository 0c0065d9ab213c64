package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.course.support.Api.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A POST repeated with the same Idempotency-Key answers as the first did and changes nothing. */
class IdempotencyKeyTest extends IntegrationTest {

    private static final String HEADER = "Idempotency-Key";

    @Test
    void a_repeated_creation_answers_as_the_first_did_and_stores_nothing_more() {
        String courseId = course(cityPalace());
        String key = UUID.randomUUID().toString();
        Response first = api().post("/api/classes", classJson(null, courseId, 30), HEADER, key);
        assertThat(first.status()).isEqualTo(201);
        long stored = storedEvents();

        Response again = api().post("/api/classes", classJson(null, courseId, 30), HEADER, key);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(storedEvents()).isEqualTo(stored);
    }

    @Test
    void the_same_key_on_a_different_request_is_refused() {
        String courseId = course(cityPalace());
        String key = UUID.randomUUID().toString();
        assertThat(api().post("/api/classes", classJson(null, courseId, 30), HEADER, key).status()).isEqualTo(201);
        long stored = storedEvents();

        Response other = api().post("/api/classes", classJson(null, courseId, 31), HEADER, key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problemType()).isEqualTo("idempotency-key-reused");
        assertThat(storedEvents()).isEqualTo(stored);
    }

    @Test
    void a_refused_request_is_not_remembered_so_its_retry_can_succeed() {
        String palaceId = newId("city");
        String courseJson = """
                {"palaceId": "%s", "category": "书法", "title": "入门"}""".formatted(palaceId);
        String key = UUID.randomUUID().toString();
        assertThat(api().post("/api/courses", courseJson, HEADER, key).status()).isEqualTo(404);
        cityPalace(palaceId, newCityCode());

        Response retried = api().post("/api/courses", courseJson, HEADER, key);

        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void a_state_change_repeated_with_its_key_is_answered_again_without_a_new_event() {
        String classId = openClass(course(cityPalace()));
        String key = UUID.randomUUID().toString();
        assertThat(api().post("/api/classes/" + classId + "/cancel", "{\"reason\": \"停课\"}", HEADER, key).status())
                .isEqualTo(200);
        long stored = storedEvents();

        Response again = api().post("/api/classes/" + classId + "/cancel", "{\"reason\": \"停课\"}", HEADER, key);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(storedEvents()).isEqualTo(stored);
    }
}
