package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.course.support.Api.Response;
import cn.workerspalace.testsupport.AccessMatrix;
import cn.workerspalace.testsupport.AccessMatrix.Case;
import cn.workerspalace.testsupport.AccessMatrix.Scope;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the service, called without a token, with a bad one, and as every role scoped to the resource's
 * palace or to another: the answer the matrix of docs/security.md gives, and nothing written on a refusal.
 */
class AccessMatrixTest extends IntegrationTest {

    private static final String MATRIX = """
            endpoint                                  | NONE EXPIRED WRONG_ISSUER WORKER_SELF WORKER_OTHER SP_OWN SP_OTHER COORD_OWN COORD_OTHER OPS
            POST /api/palaces                         | 401  401     401          403         403          403    403      403       403         201
            GET /api/palaces                          | 401  401     401          200         200          200    200      200       200         200
            GET /api/palaces/{palace}                 | 401  401     401          200         200          200    200      200       200         200
            POST /api/palaces/{palace}/service-points | 401  401     401          403         403          403    403      201       403         201
            GET /api/palaces/{palace}/service-points/{servicePoint} | 401 401 401 200         200          200    200      200       200         200
            POST /api/courses                         | 401  401     401          403         403          403    403      201       403         201
            GET /api/courses/{course}                 | 401  401     401          200         200          200    200      200       200         200
            POST /api/classes                         | 401  401     401          403         403          403    403      201       403         201
            GET /api/classes/{class}                  | 401  401     401          200         200          200    200      200       200         200
            POST /api/classes/{class}/capacity        | 401  401     401          403         403          403    403      200       403         200
            POST /api/classes/{class}/cancel          | 401  401     401          403         403          403    403      200       403         200
            POST /api/classes/{class}/complete        | 401  401     401          403         403          403    403      200       403         200
            """;

    private static String palace;
    private static String palaceCityCode;
    private static String otherPalace;

    static List<Case> cases() {
        return AccessMatrix.parse(MATRIX);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answers_as_the_matrix_says_and_writes_nothing_when_it_refuses(Case matrixCase) {
        preparePalaces();
        String course = course(palace);
        String clazz = openClass(course);
        String servicePoint = api().post("/api/palaces/" + palace + "/service-points", """
                {"name": "站点", "address": "路 1 号"}
                """).json().path("id").asText();
        String[] endpoint = matrixCase.endpoint().split(" ", 2);
        String path = endpoint[1].replace("{palace}", palace).replace("{servicePoint}", servicePoint)
                .replace("{course}", course).replace("{class}", clazz);
        Scope scope = new Scope(palace, otherPalace, "worker-1", "worker-2");
        long eventsBefore = storedEvents();

        Response response = api().as(matrixCase.caller().token(scope)).send(endpoint[0], path,
                body(matrixCase.endpoint(), course));

        assertThat(response.status()).as(response.toString()).isEqualTo(matrixCase.expected());
        if (response.status() >= 400) {
            assertThat(response.contentType()).hasValue("application/problem+json");
            assertThat(storedEvents()).as("events after a refusal").isEqualTo(eventsBefore);
        } else if (endpoint[0].equals("POST")) {
            assertThat(storedEvents()).as("events after an allowed command").isGreaterThan(eventsBefore);
        }
    }

    private String body(String endpoint, String course) {
        return switch (endpoint) {
            case "POST /api/palaces" -> """
                    {"id": "%s", "name": "县工人文化宫", "level": "COUNTY", "cityCode": "%s", "parentId": "%s"}
                    """.formatted(newId("county"), palaceCityCode, palace);
            case "POST /api/palaces/{palace}/service-points" -> """
                    {"name": "新站点", "address": "路 2 号"}
                    """;
            case "POST /api/courses" -> """
                    {"palaceId": "%s", "category": "书法", "title": "行书"}
                    """.formatted(palace);
            case "POST /api/classes" -> classJson(null, course, 20);
            case "POST /api/classes/{class}/capacity" -> "{\"capacity\": 40}";
            case "POST /api/classes/{class}/cancel" -> "{\"reason\": \"场地维修\"}";
            default -> null;
        };
    }

    private synchronized void preparePalaces() {
        if (palace == null) {
            palaceCityCode = newCityCode();
            palace = cityPalace(newId("own"), palaceCityCode);
            otherPalace = cityPalace();
        }
    }
}
