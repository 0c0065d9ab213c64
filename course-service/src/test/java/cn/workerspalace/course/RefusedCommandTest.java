package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.course.support.Api.Response;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Requests naming unknown resources get 404, requests a rule refuses get 409; nothing is stored either way. */
class RefusedCommandTest extends IntegrationTest {

    @Test
    void a_class_of_an_unknown_course_is_not_found() {
        Response response = refused(() -> api().post("/api/classes", classJson(null, "no-such-course", 30)));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("detail").asText()).isEqualTo("course no-such-course does not exist");
    }

    @Test
    void a_course_of_an_unknown_palace_is_not_found() {
        Response response = refused(() -> api().post("/api/courses", """
                {"palaceId": "no-such-palace", "category": "书法", "title": "入门"}"""));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void a_palace_under_an_unknown_parent_is_not_found() {
        Response response = refused(() -> api().post("/api/palaces", """
                {"id": "%s", "name": "市宫", "level": "CITY", "cityCode": "%s", "parentId": "no-such-palace"}
                """.formatted(newId("city"), newCityCode())));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("detail").asText()).isEqualTo("palace no-such-palace does not exist");
    }

    @Test
    void a_service_point_of_an_unknown_palace_is_not_found() {
        Response response = refused(() -> api().post("/api/palaces/no-such-palace/service-points", """
                {"name": "站", "address": "路"}"""));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void a_capacity_change_of_an_unknown_class_is_not_found() {
        Response response = refused(() -> api().post("/api/classes/no-such-class/capacity", "{\"capacity\": 5}"));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void a_palace_cannot_be_addressed_as_a_class() {
        String palaceId = cityPalace();

        Response response = refused(() -> api().post("/api/classes/" + palaceId + "/complete"));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void a_second_province_palace_is_refused() {
        province();

        Response response = refused(() -> api().post("/api/palaces", """
                {"id": "%s", "name": "第二个省宫", "level": "PROVINCE", "cityCode": "370000"}""".formatted(newId("prov"))));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("province-already-registered");
    }

    @Test
    void a_second_city_palace_for_a_city_code_is_refused() {
        String cityCode = newCityCode();
        cityPalace(newId("city"), cityCode);

        Response response = refused(() -> api().post("/api/palaces", cityPalaceJson(newId("city"), cityCode)));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("city-already-has-palace");
    }

    @Test
    void a_palace_id_posted_again_is_refused() {
        String palaceId = cityPalace();

        Response response = refused(() -> api().post("/api/palaces", cityPalaceJson(palaceId, newCityCode())));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("already-exists");
    }

    @Test
    void a_course_id_posted_again_is_refused() {
        String palaceId = cityPalace();
        String courseId = course(palaceId);

        Response response = refused(() -> api().post("/api/courses", """
                {"id": "%s", "palaceId": "%s", "category": "摄影", "title": "手机摄影"}""".formatted(courseId, palaceId)));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("already-exists");
    }

    @Test
    void a_class_id_posted_again_is_refused() {
        String courseId = course(cityPalace());
        String classId = openClass(courseId);

        Response response = refused(() -> api().post("/api/classes", classJson(classId, courseId, 20)));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("already-exists");
        assertThat(api().get("/api/classes/" + classId).json().path("capacity").asInt()).isEqualTo(30);
    }

    @Test
    void a_class_cannot_take_the_id_of_a_palace() {
        String palaceId = cityPalace();
        String courseId = course(palaceId);

        Response response = refused(() -> api().post("/api/classes", classJson(palaceId, courseId, 20)));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("already-exists");
    }

    @Test
    void a_service_point_id_taken_by_another_palace_is_refused() {
        String servicePointId = newId("sp");
        assertThat(api().post("/api/palaces/" + cityPalace() + "/service-points", """
                {"id": "%s", "name": "站", "address": "路"}""".formatted(servicePointId)).status()).isEqualTo(201);
        String otherPalace = cityPalace();

        Response response = refused(() -> api().post("/api/palaces/" + otherPalace + "/service-points", """
                {"id": "%s", "name": "站", "address": "路"}""".formatted(servicePointId)));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("already-exists");
    }

    @Test
    void a_county_palace_with_another_city_code_than_its_city_is_refused() {
        String city = cityPalace();

        Response response = refused(() -> api().post("/api/palaces", """
                {"id": "%s", "name": "县宫", "level": "COUNTY", "cityCode": "%s", "parentId": "%s"}
                """.formatted(newId("county"), newCityCode(), city)));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("county-outside-parent-city");
    }

    @Test
    void a_city_palace_under_a_city_palace_is_refused() {
        String city = cityPalace();

        Response response = refused(() -> api().post("/api/palaces", """
                {"id": "%s", "name": "市宫", "level": "CITY", "cityCode": "%s", "parentId": "%s"}
                """.formatted(newId("city"), newCityCode(), city)));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("parent-level-mismatch");
    }

    @Test
    void a_cancelled_class_cannot_change_capacity() {
        String classId = openClass(course(cityPalace()));
        assertThat(api().post("/api/classes/" + classId + "/cancel", "{\"reason\": \"停课\"}").status()).isEqualTo(200);

        Response response = refused(() -> api().post("/api/classes/" + classId + "/capacity", "{\"capacity\": 40}"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("class-not-open");
    }

    @Test
    void a_cancelled_class_cannot_be_cancelled_again() {
        String classId = openClass(course(cityPalace()));
        assertThat(api().post("/api/classes/" + classId + "/cancel", "{\"reason\": \"停课\"}").status()).isEqualTo(200);

        Response response = refused(() -> api().post("/api/classes/" + classId + "/cancel", "{\"reason\": \"再停\"}"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("class-not-open");
    }

    @Test
    void a_completed_class_cannot_be_completed_again() {
        String classId = openClass(course(cityPalace()));
        assertThat(api().post("/api/classes/" + classId + "/complete").status()).isEqualTo(200);

        Response response = refused(() -> api().post("/api/classes/" + classId + "/complete"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("class-not-open");
    }

    @Test
    void a_completed_class_cannot_be_cancelled() {
        String classId = openClass(course(cityPalace()));
        assertThat(api().post("/api/classes/" + classId + "/complete").status()).isEqualTo(200);

        Response response = refused(() -> api().post("/api/classes/" + classId + "/cancel", "{\"reason\": \"晚了\"}"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(api().get("/api/classes/" + classId).json().path("status").asText()).isEqualTo("COMPLETED");
    }

    /** Sends the request and checks that it is answered as a problem and stored no event. */
    private Response refused(Supplier<Response> request) {
        long before = storedEvents();
        Response response = request.get();
        assertThat(response.contentType()).hasValue("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(response.status());
        assertThat(storedEvents()).as("events stored by a refused request").isEqualTo(before);
        return response;
    }
}
