package cn.workerspalace.testsupport;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Personal-data keys for tests: enrollment-service refuses to start without a master key and a digest key, and
 * none may live in the repository. Each test JVM makes its own random pair, shared by every context it starts (two
 * instances of a service must use the same keys, as in production).
 */
public final class TestPii {

    /** Base64 of 32 random bytes: the master key that wraps each worker's data key. */
    public static final String MASTER_KEY = randomKey();
    /** Base64 of 32 random bytes: the HMAC key of ID number digests. */
    public static final String DIGEST_KEY = randomKey();

    private TestPii() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("palace.pii.master-key", () -> MASTER_KEY);
        registry.add("palace.pii.digest-key", () -> DIGEST_KEY);
    }

    /** Base64 of 32 bytes from a {@link SecureRandom}. */
    public static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
