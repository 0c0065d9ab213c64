package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.course.support.Api.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PalaceApiTest extends IntegrationTest {

    @Test
    void a_registered_city_palace_is_answered_201_with_its_location() {
        String palaceId = newId("city");
        String cityCode = newCityCode();

        Response response = api().post("/api/palaces", cityPalaceJson(palaceId, cityCode));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.location()).hasValue("/api/palaces/" + palaceId);
        JsonNode palace = response.json();
        assertThat(palace.path("id").asText()).isEqualTo(palaceId);
        assertThat(palace.path("level").asText()).isEqualTo("CITY");
        assertThat(palace.path("cityCode").asText()).isEqualTo(cityCode);
        assertThat(palace.path("parentId").asText()).isEqualTo(PROVINCE_ID);
        assertThat(palace.path("servicePoints")).isEmpty();
    }

    @Test
    void a_county_palace_is_registered_under_its_city_palace_with_the_city_code() {
        String cityCode = newCityCode();
        String city = cityPalace(newId("city"), cityCode);
        String countyId = newId("county");

        Response response = api().post("/api/palaces", """
                {"id": "%s", "name": "历下区工人文化宫", "level": "COUNTY", "cityCode": "%s", "parentId": "%s"}
                """.formatted(countyId, cityCode, city));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(api().get("/api/palaces/" + countyId).json().path("name").asText()).isEqualTo("历下区工人文化宫");
    }

    @Test
    void palaces_are_listed_province_first() {
        String palaceId = cityPalace();

        Response response = api().get("/api/palaces");

        assertThat(response.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().forEach(palace -> ids.add(palace.path("id").asText()));
        assertThat(ids).first().isEqualTo(PROVINCE_ID);
        assertThat(ids).contains(palaceId);
    }

    @Test
    void an_unknown_palace_is_not_found() {
        Response response = api().get("/api/palaces/no-such-palace");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).hasValue("application/problem+json");
    }

    @Test
    void a_service_point_is_opened_with_a_generated_id_and_shown_with_its_palace() {
        String palaceId = cityPalace();

        Response response = api().post("/api/palaces/" + palaceId + "/service-points", """
                {"name": "泉城路站", "address": "泉城路 1 号"}""");

        assertThat(response.status()).isEqualTo(201);
        String servicePointId = response.json().path("id").asText();
        assertThat(servicePointId).matches("[0-9a-f-]{36}");
        assertThat(response.location()).hasValue("/api/palaces/" + palaceId + "/service-points/" + servicePointId);
        assertThat(api().get(response.location().orElseThrow()).json().path("address").asText())
                .isEqualTo("泉城路 1 号");
        JsonNode servicePoints = api().get("/api/palaces/" + palaceId).json().path("servicePoints");
        assertThat(servicePoints).hasSize(1);
        assertThat(servicePoints.get(0).path("id").asText()).isEqualTo(servicePointId);
        assertThat(servicePoints.get(0).path("name").asText()).isEqualTo("泉城路站");
    }

    @Test
    void a_course_is_created_with_a_client_id_and_answered_with_its_location() {
        String palaceId = cityPalace();
        String courseId = newId("course");

        Response response = api().post("/api/courses", """
                {"id": "%s", "palaceId": "%s", "category": "摄影", "title": "手机摄影"}""".formatted(courseId, palaceId));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.location()).hasValue("/api/courses/" + courseId);
        JsonNode course = api().get("/api/courses/" + courseId).json();
        assertThat(course.path("palaceId").asText()).isEqualTo(palaceId);
        assertThat(course.path("category").asText()).isEqualTo("摄影");
        assertThat(course.path("title").asText()).isEqualTo("手机摄影");
    }
}
