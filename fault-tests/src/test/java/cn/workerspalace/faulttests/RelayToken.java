package cn.workerspalace.faulttests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Kafka relay's position in a write service's event store, read from Axon's token table: the highest global
 * index it has published and the gaps below it that it will still look at (Axon's GapAwareTrackingToken, stored as
 * JSON by the Jackson serializer).
 */
record RelayToken(long index, SortedSet<Long> gaps) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RelayToken of(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement query = connection.prepareStatement(
                     "select token from tokenentry where processorname = 'kafka-relay' and token is not null")) {
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the relay has no token yet");
                }
                JsonNode token = JSON.readTree(row.getBytes(1));
                SortedSet<Long> gaps = new TreeSet<>();
                token.path("gaps").forEach(gap -> gaps.add(gap.asLong()));
                return new RelayToken(token.path("index").asLong(), gaps);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read the relay's token", e);
        }
    }
}
