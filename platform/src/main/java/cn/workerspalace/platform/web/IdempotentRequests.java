package cn.workerspalace.platform.web;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The answers remembered per Idempotency-Key. Claiming a key is one insert, so of two concurrent requests with the
 * same key exactly one goes ahead. A claim left unanswered for a minute (its server died mid-request) may be taken
 * over by a retry of the same request.
 */
class IdempotentRequests {

    private final JdbcClient jdbc;

    IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the caller now holds the key and must handle the request; otherwise what the key already holds. */
    Optional<Stored> claim(String key, String fingerprint) {
        int claimed = jdbc.sql("""
                        INSERT INTO idempotent_request (idempotency_key, fingerprint) VALUES (?, ?)
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .params(key, fingerprint)
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        int takenOver = jdbc.sql("""
                        UPDATE idempotent_request SET claimed_at = now()
                        WHERE idempotency_key = ? AND fingerprint = ? AND status IS NULL
                          AND claimed_at < now() - INTERVAL '1 minute'""")
                .params(key, fingerprint)
                .update();
        if (takenOver == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT fingerprint, status, content_type, location, body FROM idempotent_request
                        WHERE idempotency_key = ?""")
                .param(key)
                .query((row, index) -> new Stored(row.getString("fingerprint"),
                        (Integer) row.getObject("status"), row.getString("content_type"), row.getString("location"),
                        row.getBytes("body")))
                .optional()
                // released (its request failed) between the insert and this read: try to claim it again
                .or(() -> claim(key, fingerprint));
    }

    void remember(String key, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                        UPDATE idempotent_request SET status = ?, content_type = ?, location = ?, body = ?
                        WHERE idempotency_key = ?""")
                .params(status, contentType, location, body, key)
                .update();
    }

    /** Forgets every key claimed before {@code cutoff}; a retry after that runs as a new request. */
    int forgetClaimedBefore(java.time.Instant cutoff) {
        jdbc.sql("DELETE FROM idempotent_command WHERE handled_at < ?")
                .param(java.sql.Timestamp.from(cutoff))
                .update();
        return jdbc.sql("DELETE FROM idempotent_request WHERE claimed_at < ?")
                .param(java.sql.Timestamp.from(cutoff))
                .update();
    }

    void release(String key) {
        jdbc.sql("DELETE FROM idempotent_request WHERE idempotency_key = ? AND status IS NULL")
                .param(key)
                .update();
    }

    /** What a key holds; {@code status} is null while the first request is still being handled. */
    record Stored(String fingerprint, Integer status, String contentType, String location, byte[] body) {
    }
}
