package cn.workerspalace.platform.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The relay's tokens as the token table holds them: one per segment. */
final class RelayTokens {

    private RelayTokens() {
    }

    /**
     * The global index every segment of the relay has passed (the lowest over segments), or -1 while a segment has
     * not passed any event or no segment exists yet: with segments, only that position is relayed throughout.
     */
    static long relayedPosition(JdbcTemplate jdbc, ObjectMapper json) {
        List<byte[]> tokens = jdbc.queryForList(
                "select token from tokenentry where processorname = 'kafka-relay'", byte[].class);
        return tokens.stream().mapToLong(token -> indexOf(token, json)).min().orElse(-1);
    }

    static int segments(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from tokenentry where processorname = 'kafka-relay'",
                Integer.class);
    }

    private static long indexOf(byte[] token, ObjectMapper json) {
        if (token == null) {
            return -1;
        }
        try {
            return json.readTree(token).get("index").asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
