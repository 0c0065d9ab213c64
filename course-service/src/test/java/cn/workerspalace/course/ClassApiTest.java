package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.course.support.Api.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ClassApiTest extends IntegrationTest {

    @Test
    void an_opened_class_takes_its_palace_from_the_course_and_is_open() {
        String palaceId = cityPalace();
        String courseId = course(palaceId);
        String classId = newId("class");

        Response response = api().post("/api/classes", classJson(classId, courseId, 30));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.location()).hasValue("/api/classes/" + classId);
        JsonNode opened = response.json();
        assertThat(opened.path("id").asText()).isEqualTo(classId);
        assertThat(opened.path("courseId").asText()).isEqualTo(courseId);
        assertThat(opened.path("palaceId").asText()).isEqualTo(palaceId);
        assertThat(opened.path("status").asText()).isEqualTo("OPEN");
        assertThat(opened.path("capacity").asInt()).isEqualTo(30);
        assertThat(opened.path("year").asInt()).isEqualTo(2026);
        assertThat(opened.path("title").asText()).isEqualTo("周末班");
        assertThat(opened.path("enrolmentOpensAt").asText()).isEqualTo("2026-02-01T01:00:00Z");
        assertThat(opened.path("enrolmentClosesAt").asText()).isEqualTo("2026-02-28T10:00:00Z");
        assertThat(opened.path("lessons")).hasSize(2);
        assertThat(opened.path("lessons").get(1).path("index").asInt()).isEqualTo(1);
        assertThat(opened.path("lessons").get(1).path("startsAt").asText()).isEqualTo("2026-03-08T01:00:00Z");
        assertThat(opened.path("lessons").get(1).path("endsAt").asText()).isEqualTo("2026-03-08T03:00:00Z");
        assertThat(api().get("/api/classes/" + classId).json()).isEqualTo(opened);
    }

    @Test
    void a_class_without_a_client_id_gets_a_generated_one() {
        Response response = api().post("/api/classes", classJson(null, course(cityPalace()), 30));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("id").asText()).matches("[0-9a-f-]{36}");
    }

    @Test
    void a_class_whose_first_lesson_is_on_new_years_morning_in_shanghai_belongs_to_the_new_year() {
        String json = """
                {"courseId": "%s", "title": "跨年班", "capacity": 10,
                 "enrolmentOpensAt": "2025-12-01T00:00:00Z", "enrolmentClosesAt": "2025-12-30T00:00:00Z",
                 "lessons": [{"startsAt": "2026-01-10T09:00:00+08:00", "endsAt": "2026-01-10T11:00:00+08:00"},
                             {"startsAt": "2025-12-31T17:30:00Z", "endsAt": "2025-12-31T19:00:00Z"}]}
                """.formatted(course(cityPalace()));

        Response response = api().post("/api/classes", json);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("year").asInt()).isEqualTo(2026);
        assertThat(response.json().path("lessons").get(0).path("startsAt").asText())
                .isEqualTo("2025-12-31T17:30:00Z");
    }

    @Test
    void a_capacity_change_is_answered_with_the_class() {
        String classId = openClass(course(cityPalace()));

        Response response = api().post("/api/classes/" + classId + "/capacity", "{\"capacity\": 12}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("capacity").asInt()).isEqualTo(12);
        assertThat(api().get("/api/classes/" + classId).json().path("capacity").asInt()).isEqualTo(12);
    }

    @Test
    void setting_the_same_capacity_answers_200_and_stores_no_event() {
        String classId = openClass(course(cityPalace()));
        long before = storedEvents();

        Response response = api().post("/api/classes/" + classId + "/capacity", "{\"capacity\": 30}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("capacity").asInt()).isEqualTo(30);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_cancelled_class_shows_its_status_and_reason() {
        String classId = openClass(course(cityPalace()));

        Response response = api().post("/api/classes/" + classId + "/cancel", "{\"reason\": \"场地维修\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(api().get("/api/classes/" + classId).json().path("cancellationReason").asText())
                .isEqualTo("场地维修");
    }

    @Test
    void a_completed_class_shows_its_status() {
        String classId = openClass(course(cityPalace()));

        Response response = api().post("/api/classes/" + classId + "/complete");

        assertThat(response.status()).isEqualTo(200);
        assertThat(api().get("/api/classes/" + classId).json().path("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void an_unknown_class_is_not_found() {
        Response response = api().get("/api/classes/no-such-class");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).hasValue("application/problem+json");
    }
}
