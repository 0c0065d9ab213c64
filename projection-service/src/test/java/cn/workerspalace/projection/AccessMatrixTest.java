package cn.workerspalace.projection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.projection.support.ProjectionIntegrationTest;
import cn.workerspalace.testsupport.AccessMatrix;
import cn.workerspalace.testsupport.AccessMatrix.Case;
import cn.workerspalace.testsupport.AccessMatrix.Scope;
import cn.workerspalace.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint of the read side, called without a token, with a bad one, and as every role: the figures are the
 * operations centre's, a coordinator sees only their own palace's, and the dashboard page itself is public. The
 * rebuild is only asked for an unknown run here (404 once allowed); RebuildTest runs one.
 */
class AccessMatrixTest extends ProjectionIntegrationTest {

    private static final String MATRIX = """
            endpoint                                      | NONE EXPIRED WRONG_ISSUER WORKER_SELF WORKER_OTHER SP_OWN SP_OTHER COORD_OWN COORD_OTHER OPS
            GET /                                         | 200  401     401          200         200          200    200      200       200         200
            GET /dashboard/app.js                         | 200  401     401          200         200          200    200      200       200         200
            GET /actuator/health                          | 200  401     401          200         200          200    200      200       200         200
            GET /v3/api-docs                              | 200  401     401          200         200          200    200      200       200         200
            GET /api/stats/palaces?year=2027              | 401  401     401          403         403          403    403      403       403         200
            GET /api/stats/palaces/{palace}?year=2027     | 401  401     401          403         403          403    403      200       403         200
            GET /api/stats/palaces/{palace}/classes?year=2027 | 401 401  401          403         403          403    403      403       403         200
            GET /api/stats/cities?year=2027               | 401  401     401          403         403          403    403      403       403         200
            GET /api/stats/cities?year=2027&format=csv    | 401  401     401          403         403          403    403      403       403         200
            GET /api/stats/trainees?year=2027             | 401  401     401          403         403          403    403      403       403         200
            GET /api/stats/subsidy?year=2027              | 401  401     401          403         403          403    403      403       403         200
            GET /api/stats/subsidy/daily?year=2027        | 401  401     401          403         403          403    403      403       403         200
            GET /api/stats/classes-by-category?year=2027  | 401  401     401          403         403          403    403      403       403         200
            GET /api/stats/top-palaces?year=2027          | 401  401     401          403         403          403    403      403       403         200
            GET /api/stats/years                          | 401  401     401          403         403          403    403      403       403         200
            GET /api/stats/stream                         | 401  401     401          403         403          403    403      403       403         -
            POST /api/admin/rebuild                       | 401  401     401          403         403          403    403      403       403         -
            GET /api/admin/rebuild/999999                 | 401  401     401          403         403          403    403      403       403         404
            """;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String palace;

    @LocalServerPort
    int port;

    static List<Case> cases() {
        return AccessMatrix.parse(MATRIX);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answers_as_the_matrix_says(Case matrixCase) throws Exception {
        String[] parts = matrixCase.endpoint().split(" ", 2);
        String path = parts[1].replace("{palace}", palace());
        String token = matrixCase.caller().token(new Scope(palace(), "palace-elsewhere", "worker-1", "worker-2"));

        HttpResponse<String> response = send(parts[0], path, token == null ? null : "Bearer " + token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(matrixCase.expected());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void the_figures_stream_alone_accepts_the_token_as_a_query_parameter() throws Exception {
        String query = "access_token=" + TestTokens.opsCentre();

        HttpResponse<String> stats = send("GET", "/api/stats/years?" + query, null);
        HttpResponse<String> expired = send("GET", "/api/stats/stream?access_token=" + TestTokens.expired(), null);

        assertThat(stats.statusCode()).isEqualTo(401);
        assertThat(expired.statusCode()).isEqualTo(401);
        // an allowed stream stays open: FiguresStreamTest reads it with the token in the query
    }

    private synchronized String palace() {
        if (palace == null) {
            palace = "palace-matrix";
            events.palace(palace, "济南市工人文化宫", PalaceLevel.CITY, "370100", "palace-province");
            publisher.flush();
            awaitApplied();
        }
        return palace;
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
