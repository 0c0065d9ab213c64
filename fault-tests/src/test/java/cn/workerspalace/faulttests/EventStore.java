package cn.workerspalace.faulttests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Reads a write service's event store (Axon's {@code domainevententry}) directly, as an auditor would. */
final class EventStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String jdbcUrl;

    EventStore(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    long count() {
        return single("select count(*) from domainevententry");
    }

    Set<String> eventIds() {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement query = connection.prepareStatement("select eventidentifier from domainevententry");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store " + jdbcUrl, e);
        }
    }

    /** Events of the payload type named {@code simpleType} whose JSON payload has all of {@code fields}. */
    long count(String simpleType, Map<String, String> fields) {
        try {
            return single("select count(*) from domainevententry where payloadtype like ? "
                    + "and convert_from(payload, 'UTF8')::jsonb @> ?::jsonb", "%." + simpleType,
                    JSON.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private long single(String sql, String... parameters) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store " + jdbcUrl, e);
        }
    }
}
