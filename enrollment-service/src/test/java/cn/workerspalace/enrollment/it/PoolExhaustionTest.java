package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the service does when its connection pool runs dry: a roster read needs one connection, not two (readers
 * holding one each while waiting for another froze the pool), and a command that cannot get a connection is
 * answered 503 instead of leaving its caller waiting forever.
 */
class PoolExhaustionTest extends IntegrationTestSupport {

    @Autowired
    private HikariDataSource pool;

    @Test
    void a_roster_is_read_with_the_last_free_connection_of_the_pool() throws Exception {
        String palaceId = registerPalace();
        String classId = openClass(palaceId, 1);
        signUp(classId, registerWorker(palaceId));
        signUp(classId, registerWorker(palaceId));

        ResponseEntity<JsonNode> answer = whileHolding(pool.getMaximumPoolSize() - 1,
                () -> get("/api/classes/" + classId + "/roster"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("confirmed")).hasSize(1);
        assertThat(answer.getBody().get("waitlist")).hasSize(1);
    }

    @Test
    void a_command_that_cannot_get_a_connection_is_answered_service_unavailable() throws Exception {
        String palaceId = registerPalace();
        String classId = openClass(palaceId, 5);
        String workerId = registerWorker(palaceId);
        signUp(classId, workerId);

        ResponseEntity<JsonNode> answer = whileHolding(pool.getMaximumPoolSize(),
                () -> delete("/api/classes/" + classId + "/sign-ups/" + workerId));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getBody().get("type").asText()).endsWith("/unavailable");
        assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
    }

    /** Takes {@code connections} from the pool, makes the call, and gives them back; the call must end in 20 s. */
    private <T> T whileHolding(int connections, Supplier<T> call) throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                held.add(pool.getConnection());
            }
            return CompletableFuture.supplyAsync(call).get(20, TimeUnit.SECONDS);
        } finally {
            for (Connection connection : held) {
                close(connection);
            }
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
