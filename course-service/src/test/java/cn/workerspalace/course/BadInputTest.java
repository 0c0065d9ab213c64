package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.course.support.Api.Response;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Malformed or invalid requests get 400 problem details naming the field, and nothing is stored. */
class BadInputTest extends IntegrationTest {

    @Test
    void malformed_json_is_refused() {
        Response response = refused(() -> api().post("/api/palaces", "{\"id\": \"x\", \"name\": "));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-request");
    }

    @Test
    void a_class_with_missing_fields_is_refused_naming_each_field() {
        Response response = refused(() -> api().post("/api/classes", "{}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("invalid-request");
        assertThat(response.errorFields()).contains("courseId", "title", "capacity", "enrolmentOpensAt",
                "enrolmentClosesAt", "lessons");
    }

    @Test
    void a_palace_with_missing_fields_is_refused_naming_each_field() {
        Response response = refused(() -> api().post("/api/palaces", "{\"parentId\": \"x\"}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).contains("id", "name", "level", "cityCode");
    }

    @Test
    void a_capacity_that_is_not_a_number_is_refused() {
        Response response = refused(() -> api().post("/api/classes",
                classJson(null, "any-course", 30).replace("\"capacity\": 30", "\"capacity\": \"many\"")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("capacity");
    }

    @Test
    void a_fractional_capacity_is_refused() {
        Response response = refused(() -> api().post("/api/classes",
                classJson(null, "any-course", 30).replace("\"capacity\": 30", "\"capacity\": 1.5")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("capacity");
    }

    @Test
    void an_instant_without_an_offset_is_refused() {
        Response response = refused(() -> api().post("/api/classes",
                classJson(null, "any-course", 30).replace("2026-02-01T09:00:00+08:00", "2026-02-01T09:00:00")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("enrolmentOpensAt");
    }

    @Test
    void an_unknown_level_is_refused() {
        Response response = refused(() -> api().post("/api/palaces", """
                {"id": "p-town", "name": "镇宫", "level": "TOWN", "cityCode": "370100", "parentId": "x"}"""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("level");
    }

    @Test
    void an_unknown_field_is_refused() {
        Response response = refused(() -> api().post("/api/courses", """
                {"palaceId": "p", "category": "书法", "title": "入门", "colour": "red"}"""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("colour");
    }

    @Test
    void a_class_without_seats_is_refused() {
        String courseId = course(cityPalace());

        Response response = refused(() -> api().post("/api/classes", classJson(null, courseId, 0)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("capacity");
    }

    @Test
    void a_class_with_more_than_ten_thousand_seats_is_refused() {
        String courseId = course(cityPalace());

        Response response = refused(() -> api().post("/api/classes", classJson(null, courseId, 10_001)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("capacity");
    }

    @Test
    void a_capacity_change_to_zero_is_refused() {
        String classId = openClass(course(cityPalace()));

        Response response = refused(() -> api().post("/api/classes/" + classId + "/capacity", "{\"capacity\": 0}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("capacity");
        assertThat(api().get("/api/classes/" + classId).json().path("capacity").asInt()).isEqualTo(30);
    }

    @Test
    void a_capacity_change_above_ten_thousand_is_refused() {
        String classId = openClass(course(cityPalace()));

        Response response = refused(() -> api().post("/api/classes/" + classId + "/capacity",
                "{\"capacity\": 10001}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("capacity");
    }

    @Test
    void a_class_without_lessons_is_refused() {
        String courseId = course(cityPalace());
        String json = classJson(null, courseId, 30).replaceAll("(?s)\"lessons\": \\[.*]", "\"lessons\": []");

        Response response = refused(() -> api().post("/api/classes", json));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("lessons");
    }

    @Test
    void an_enrolment_window_that_closes_before_it_opens_is_refused() {
        String courseId = course(cityPalace());
        String json = classJson(null, courseId, 30)
                .replace("\"enrolmentClosesAt\": \"2026-02-28T18:00:00+08:00\"",
                        "\"enrolmentClosesAt\": \"2026-01-28T18:00:00+08:00\"");

        Response response = refused(() -> api().post("/api/classes", json));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("enrolmentClosesAt");
    }

    @Test
    void a_lesson_that_ends_before_it_starts_is_refused_naming_the_lesson() {
        String courseId = course(cityPalace());
        String json = classJson(null, courseId, 30)
                .replace("\"endsAt\": \"2026-03-08T11:00:00+08:00\"", "\"endsAt\": \"2026-03-08T08:00:00+08:00\"");

        Response response = refused(() -> api().post("/api/classes", json));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("lessons[1].endsAt");
    }

    @Test
    void a_lesson_without_an_end_is_refused_naming_the_lesson() {
        String courseId = course(cityPalace());
        String json = classJson(null, courseId, 30).replace(", \"endsAt\": \"2026-03-01T11:00:00+08:00\"", "");

        Response response = refused(() -> api().post("/api/classes", json));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("lessons[0].endsAt");
    }

    @Test
    void a_city_code_that_is_not_six_digits_is_refused() {
        Response response = refused(() -> api().post("/api/palaces", cityPalaceJson(newId("city"), "3701")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("cityCode");
    }

    @Test
    void a_province_palace_with_a_parent_is_refused() {
        String parent = cityPalace();

        Response response = refused(() -> api().post("/api/palaces", """
                {"id": "%s", "name": "省宫", "level": "PROVINCE", "cityCode": "370000", "parentId": "%s"}
                """.formatted(newId("prov"), parent)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("parentId");
    }

    @Test
    void a_city_palace_without_a_parent_is_refused() {
        Response response = refused(() -> api().post("/api/palaces", """
                {"id": "%s", "name": "市宫", "level": "CITY", "cityCode": "%s"}""".formatted(newId("city"),
                newCityCode())));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("parentId");
    }

    @Test
    void an_id_that_cannot_be_a_path_segment_is_refused() {
        Response response = refused(() -> api().post("/api/courses", """
                {"id": "a/b", "palaceId": "p", "category": "书法", "title": "入门"}"""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("id");
    }

    @Test
    void a_cancellation_without_a_reason_is_refused() {
        String classId = openClass(course(cityPalace()));

        Response response = refused(() -> api().post("/api/classes/" + classId + "/cancel", "{}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("reason");
        assertThat(api().get("/api/classes/" + classId).json().path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void a_body_over_one_mebibyte_is_refused_with_413() {
        String title = "长".repeat(400_000); // three bytes each in UTF-8

        Response response = refused(() -> api().post("/api/courses", """
                {"palaceId": "p", "category": "书法", "title": "%s"}""".formatted(title)));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.problemType()).isEqualTo("body-too-large");
    }

    /** Sends the request and checks that it is answered as a problem and stored no event. */
    private Response refused(Supplier<Response> request) {
        long before = storedEvents();
        Response response = request.get();
        assertThat(response.contentType()).hasValue("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(response.status());
        assertThat(response.json().path("detail").asText()).isNotBlank();
        assertThat(storedEvents()).as("events stored by a refused request").isEqualTo(before);
        return response;
    }
}
