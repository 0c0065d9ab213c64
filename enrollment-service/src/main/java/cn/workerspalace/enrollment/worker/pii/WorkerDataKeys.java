package cn.workerspalace.enrollment.worker.pii;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One random AES-256 data key per worker, kept in {@code worker_data_key} wrapped (AES-GCM) under the master key.
 * Destroying a worker's row is the erasure of their personal data: every copy of it, in stored events, on Kafka and
 * in backups of either, is sealed under that key (crypto-shredding).
 */
@Component
public class WorkerDataKeys {

    private static final String AES = "AES";
    private final JdbcTemplate jdbc;
    private final SecretKey masterKey;

    WorkerDataKeys(JdbcTemplate jdbc, PiiProperties properties) {
        this.jdbc = jdbc;
        this.masterKey = new SecretKeySpec(properties.masterKeyBytes(), AES);
    }

    /** Makes and stores a new key for the worker; a worker who has one already is refused by the primary key. */
    public SecretKey create(String workerId) {
        SecretKey key = newKey();
        jdbc.update("INSERT INTO worker_data_key (worker_id, wrapped_key) VALUES (?, ?)",
                workerId, AesGcm.seal(masterKey, key.getEncoded(), wrappingContext(workerId)));
        return key;
    }

    /** The worker's key, or empty once it has been destroyed. */
    public Optional<SecretKey> find(String workerId) {
        return jdbc.query("SELECT wrapped_key FROM worker_data_key WHERE worker_id = ?",
                        (row, n) -> row.getBytes(1), workerId).stream().findFirst()
                .map(wrapped -> new SecretKeySpec(AesGcm.open(masterKey, wrapped, wrappingContext(workerId)), AES));
    }

    public void destroy(String workerId) {
        jdbc.update("DELETE FROM worker_data_key WHERE worker_id = ?", workerId);
    }

    private static byte[] wrappingContext(String workerId) {
        return ("worker-data-key:" + workerId).getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(AES);
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}
