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
 * The Kafka relay's position in a write service's event store, read from Axon's token table, over all the relay's
 * segments (each has a token of its own, an Axon GapAwareTrackingToken stored as JSON by the Jackson serializer):
 * the lowest index, which every segment has published up to, and every gap that some segment will still
 * look at. A gap below the index and missing from it is given up by all segments: an event committed into it is
 * never relayed.
 */
record RelayToken(long index, SortedSet<Long> gaps) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RelayToken of(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement query = connection.prepareStatement(
                     "select token from tokenentry where processorname = 'kafka-relay'")) {
            long index = Long.MAX_VALUE;
            SortedSet<Long> gaps = new TreeSet<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    byte[] stored = row.getBytes(1);
                    if (stored == null) {
                        throw new IllegalStateException("a segment of the relay has no token yet");
                    }
                    JsonNode token = JSON.readTree(stored);
                    token.path("gaps").forEach(gap -> gaps.add(gap.asLong()));
                    index = Math.min(index, token.path("index").asLong());
                }
            }
            if (index == Long.MAX_VALUE) {
                throw new IllegalStateException("the relay has no token yet");
            }
            return new RelayToken(index, gaps);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read the relay's token", e);
        }
    }
}
