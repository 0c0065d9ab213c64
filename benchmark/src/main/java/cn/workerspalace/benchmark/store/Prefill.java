package cn.workerspalace.benchmark.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills an enrollment-service event store with synthetic events in one {@code INSERT ... SELECT generate_series}:
 * 100 sign-up events for each of {@code n / 100} rosters nobody uses, with payloads, metadata and event identifiers
 * shaped like the real ones (time-ordered, version 7, from March 2025). The unique constraints are dropped for the
 * insert and added again (an index built in one sort is much faster than millions of random insertions, and ends the
 * same size). The tracking processors' tokens are then moved past the synthetic events: the relay does not publish
 * them and the queue promotion does not read them, as in a store whose history was processed long ago.
 */
final class Prefill {

    private Prefill() {
    }

    /** Inserts {@code events} rows; answers the time each step took, in seconds. */
    static Map<String, Double> into(String jdbcUrl, long events) throws SQLException {
        Map<String, Double> steps = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("SET maintenance_work_mem = '256MB'");
            Map<String, String> constraints = new LinkedHashMap<>();
            try (ResultSet r = statement.executeQuery("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                    + "WHERE conrelid = 'domainevententry'::regclass AND contype = 'u'")) {
                while (r.next()) {
                    constraints.put(r.getString(1), r.getString(2));
                }
            }
            long started = System.nanoTime();
            for (String name : constraints.keySet()) {
                statement.execute("ALTER TABLE domainevententry DROP CONSTRAINT " + name);
            }
            statement.execute("""
                    INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                        metadata, payload, payloadrevision, payloadtype, timestamp)
                    SELECT 'prefill-roster-' || lpad((i / 100)::text, 7, '0'), i % 100, 'Roster',
                        overlay(overlay(overlay(md5('prefill-' || i) placing lpad(to_hex(1740790800000 + i), 12, '0')
                            from 1 for 12) placing '7' from 13 for 1) placing '8' from 17 for 1)::uuid::text,
                        convert_to('{"traceId":"' || md5('trace-' || i)::uuid || '","correlationId":"'
                            || md5('trace-' || i)::uuid || '"}', 'UTF8'),
                        convert_to('{"classId":"prefill-roster-' || lpad((i / 100)::text, 7, '0')
                            || '","workerId":"w-' || lpad((i % 50000)::text, 6, '0')
                            || '","status":"CONFIRMED","waitlistPosition":null,'
                            || '"signedUpAt":"2025-03-01T01:00:00.123456Z"}', 'UTF8'),
                        '1', 'cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent', '2025-03-01T01:00:00.123Z'
                    FROM generate_series(0, """ + (events - 1) + ") AS i");
            steps.put("insert " + events + " rows", seconds(started));
            started = System.nanoTime();
            for (Map.Entry<String, String> constraint : constraints.entrySet()) {
                statement.execute("ALTER TABLE domainevententry ADD CONSTRAINT " + constraint.getKey() + " "
                        + constraint.getValue());
            }
            steps.put("add the unique constraints again", seconds(started));
            started = System.nanoTime();
            statement.execute("UPDATE tokenentry SET token = convert_to('{\"index\":' || (SELECT max(globalindex) "
                    + "FROM domainevententry) || ',\"gaps\":[]}', 'UTF8'), "
                    + "tokentype = 'org.axonframework.eventhandling.GapAwareTrackingToken', owner = NULL");
            statement.execute("VACUUM ANALYZE domainevententry");
            steps.put("move the tokens, vacuum and analyze", seconds(started));
            // a checkpoint now rather than during the measured appends, which would wait for it writing gigabytes
            started = System.nanoTime();
            try {
                statement.execute("CHECKPOINT");
                steps.put("checkpoint", seconds(started));
            } catch (SQLException notAllowed) {
                steps.put("checkpoint refused (needs superuser or pg_checkpoint): " + notAllowed.getSQLState(),
                        seconds(started));
            }
        }
        return steps;
    }

    static long count(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet r = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    static String size(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet r = statement.executeQuery("SELECT pg_size_pretty(pg_table_size('domainevententry')), "
                     + "pg_size_pretty(pg_indexes_size('domainevententry'))")) {
            r.next();
            return r.getString(1) + " table + " + r.getString(2) + " indexes";
        } catch (SQLException e) {
            return "?";
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
