package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.testsupport.AccessMatrix;
import cn.workerspalace.testsupport.AccessMatrix.Case;
import cn.workerspalace.testsupport.AccessMatrix.Scope;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every endpoint of the service, called without a token, with a bad one, and as every role scoped to the resource's
 * palace and worker or to others: the answer the matrix of docs/security.md gives, and nothing written on a refusal.
 * The resource is always a worker registered at the own palace, a class of that palace, and that worker's
 * application.
 */
class AccessMatrixTest extends DegreeTestSupport {

    private static final String MATRIX = """
            endpoint                                         | NONE EXPIRED WRONG_ISSUER WORKER_SELF WORKER_OTHER SP_OWN SP_OTHER COORD_OWN COORD_OTHER OPS
            POST /api/workers                                | 401  401     401          403         403          201    403      403       403         201
            GET /api/workers/{worker}                        | 401  401     401          200         403          200    403      403       403         200
            GET /api/workers/{worker}/history                | 401  401     401          200         403          200    403      403       403         200
            DELETE /api/workers/{worker}/personal-data       | 401  401     401          403         403          403    403      403       403         204
            POST /api/classes/{class}/sign-ups               | 401  401     401          201         403          201    403      403       403         201
            DELETE /api/classes/{class}/sign-ups/{worker}    | 401  401     401          200         403          200    403      403       403         200
            POST /api/classes/{class}/attendance             | 401  401     401          403         403          403    403      201       403         201
            GET /api/classes/{class}/roster                  | 401  401     401          403         403          403    403      200       403         200
            POST /api/subsidy-quotas                         | 401  401     401          403         403          403    403      403       403         201
            POST /api/subsidy-quotas/{year}/allocations      | 401  401     401          403         403          403    403      403       403         200
            GET /api/subsidy-quotas/{year}                   | 401  401     401          403         403          403    403      403       403         200
            POST /api/degree-applications                    | 401  401     401          201         403          201    403      403       403         201
            GET /api/degree-applications/{application}      | 401  401     401          200         403          200    403      403       403         200
            GET /api/degree-applications/{application}/history | 401 401 401        200         403          200    403      403       403         200
            POST /api/degree-applications/{application}/withdraw | 401 401  401          200         403          200    403      403       403         200
            POST /api/degree-applications/{application}/approve  | 401 401  401          403         403          403    403      403       403         200
            POST /api/degree-applications/{application}/reject   | 401 401  401          403         403          403    403      403       403         200
            POST /api/degree-applications/{application}/admit    | 401 401  401          403         403          403    403      403       403         200
            POST /api/degree-applications/{application}/payments | 401 401  401          403         403          403    403      403       403         201
            POST /api/degree-applications/{application}/graduate | 401 401  401          403         403          403    403      403       403         200
            """;

    private static String palace;
    private static String cityCode;
    private static String otherPalace;
    private static String otherCityCode;
    private static String clazz;
    private static int year;

    static List<Case> cases() {
        return AccessMatrix.parse(MATRIX);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answers_as_the_matrix_says_and_writes_nothing_when_it_refuses(Case matrixCase) {
        prepare();
        String endpoint = matrixCase.endpoint();
        String worker = registerWorker(palace, true);
        if (endpoint.contains("/sign-ups/{worker}") || endpoint.contains("/attendance")) {
            assertThat(signUp(clazz, worker).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        String application = endpoint.contains("{application}") ? application(endpoint, worker) : "none";
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{worker}", worker).replace("{class}", clazz)
                .replace("{year}", String.valueOf(year)).replace("{application}", application);
        Scope scope = new Scope(palace, otherPalace, worker, newId("someone-else"));
        long eventsBefore = storedEvents();

        ResponseEntity<JsonNode> answer = send(HttpMethod.valueOf(parts[0]), path, body(endpoint, worker),
                matrixCase.caller().token(scope));

        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody()))
                .isEqualTo(matrixCase.expected());
        if (answer.getStatusCode().isError()) {
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(storedEvents()).as("events after a refusal").isEqualTo(eventsBefore);
        } else if (!parts[0].equals("GET")) {
            assertThat(storedEvents()).as("events after an allowed command").isGreaterThan(eventsBefore);
        }
    }

    /** The worker's application, in the state the step needs. */
    private String application(String endpoint, String worker) {
        String id = submitted(worker, year, "BACHELOR");
        if (endpoint.endsWith("/admit") || endpoint.endsWith("/payments") || endpoint.endsWith("/graduate")) {
            assertThat(step(id, "approve").getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        if (endpoint.endsWith("/payments") || endpoint.endsWith("/graduate")) {
            assertThat(step(id, "admit").getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        return id;
    }

    private Object body(String endpoint, String worker) {
        return switch (endpoint.substring(endpoint.lastIndexOf('/') + 1)) {
            case "workers" -> workerBody(palace, IdNumberFactory.nextIdNumber());
            case "sign-ups" -> Map.of("workerId", worker);
            case "attendance" -> Map.of("workerId", worker, "lessonIndex", 0);
            case "subsidy-quotas" -> quotaBody(newYear(), 100, 3000, 4000);
            case "allocations" -> Map.of("cityCode", otherCityCode, "places", 5);
            case "degree-applications" -> applicationBody(worker, year, "BACHELOR");
            case "withdraw", "reject" -> Map.of("reason", "个人原因");
            case "payments" -> Map.of("amount", 1000);
            case "approve", "admit", "graduate" -> Map.of();
            default -> null;
        };
    }

    private synchronized void prepare() {
        if (palace == null) {
            cityCode = newCityCode();
            palace = registerCity(cityCode);
            otherCityCode = newCityCode();
            otherPalace = registerCity(otherCityCode);
            clazz = openClass(palace, 1000);
            year = newYear();
            setQuota(year, 2000);
            assertThat(allocate(year, cityCode, 1000).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }
}
