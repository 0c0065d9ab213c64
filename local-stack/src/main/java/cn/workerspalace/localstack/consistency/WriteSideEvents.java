package cn.workerspalace.localstack.consistency;

import cn.workerspalace.contracts.EventTypes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a write service's event store (Axon's {@code domainevententry}) in a read-only transaction, in the order
 * the events were stored, as the contracts' event records. Events of types the contracts do not publish are skipped.
 */
final class WriteSideEvents {

    private static final Map<String, Class<? extends Record>> PUBLISHED = Stream.of(
                    EventTypes.COURSE, EventTypes.ENROLLMENT, EventTypes.DEGREE)
            .flatMap(List::stream)
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WriteSideEvents() {
    }

    static List<Record> read(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement(
                    "select payloadtype, payload from domainevententry order by globalindex")) {
                query.setFetchSize(5_000);
                List<Record> events = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String type = rows.getString(1);
                        Class<? extends Record> published = PUBLISHED.get(type.substring(type.lastIndexOf('.') + 1));
                        if (published != null) {
                            events.add(JSON.readValue(rows.getBytes(2), published));
                        }
                    }
                }
                connection.rollback();
                return events;
            }
        } catch (SQLException | IOException e) {
            throw new ConsistencyCheckException("cannot read the event store at " + jdbcUrl + ": " + e.getMessage(),
                    e);
        }
    }
}
