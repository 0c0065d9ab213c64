package cn.workerspalace.localstack.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.localstack.consistency.ConsistencyCheck;
import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.testkit.RunningStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs last, on everything the other system tests left behind: the projection's figures equal those recomputed
 * from the write side's event stores, and a read-model row changed behind the projection's back is reported.
 */
@Order(100)
@ExtendWith(RunningStack.class)
class ConsistencyCheckIT {

    @Test
    void the_read_models_equal_the_event_stores_and_a_tampered_row_is_reported(Stack stack) throws SQLException {
        ConsistencyCheck check = new ConsistencyCheck(stack.jdbcUrl(Service.COURSE), stack.jdbcUrl(Service.ENROLLMENT),
                stack.url(Service.PROJECTION), stack.devIssuer().opsCentre());
        AtomicReference<ConsistencyCheck.Result> consistent = new AtomicReference<>();
        // the last events of the previous tests may still be on their way to the projection
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            consistent.set(check.run());
            assertThat(consistent.get().differences()).isEmpty();
        });
        assertThat(consistent.get().years()).isNotEmpty();
        assertThat(consistent.get().figuresCompared()).isGreaterThan(100);
        System.out.println("[consistency] " + consistent.get().summary());

        try (Connection projection = DriverManager.getConnection(stack.jdbcUrl(Service.PROJECTION))) {
            String[] tampered = openClassWithSeats(projection);
            changeCapacity(projection, tampered[0], 7);
            try {
                assertThat(check.run().differences()).containsExactly("palaces " + tampered[2] + " palace "
                        + tampered[1] + " seats: write side " + tampered[3] + ", read model "
                        + (Long.parseLong(tampered[3]) + 7));
            } finally {
                changeCapacity(projection, tampered[0], -7);
            }
        }
        assertThat(check.run().differences()).isEmpty();
    }

    /** Class id, palace id, year and the palace's seats that year, of an open class. */
    private static String[] openClassWithSeats(Connection projection) throws SQLException {
        try (PreparedStatement query = projection.prepareStatement("""
                select c.class_id, c.palace_id, c.year,
                       (select sum(capacity) from clazz o
                        where o.palace_id = c.palace_id and o.year = c.year and o.status <> 'CANCELLED')
                from clazz c where c.status = 'OPEN' order by c.class_id limit 1""");
             ResultSet row = query.executeQuery()) {
            assertThat(row.next()).as("an open class").isTrue();
            return new String[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4)};
        }
    }

    private static void changeCapacity(Connection projection, String classId, int by) throws SQLException {
        try (PreparedStatement update = projection.prepareStatement(
                "update clazz set capacity = capacity + ? where class_id = ?")) {
            update.setInt(1, by);
            update.setString(2, classId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
