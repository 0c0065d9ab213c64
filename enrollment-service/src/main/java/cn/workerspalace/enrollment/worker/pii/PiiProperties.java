package cn.workerspalace.enrollment.worker.pii;

import jakarta.validation.constraints.NotBlank;
import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The keys that protect personal data. Neither has a default: they come from the environment (or a secret store
 * behind it), never from the repository, and the service refuses to start without them. Both must be kept: another
 * master key can no longer unwrap the workers' data keys, another digest key no longer recognises earlier
 * registrations of an ID number. The values are never printed, not even when they are malformed.
 *
 * @param masterKey Base64 of a 32-byte AES-256 key (env {@code PALACE_PII_MASTER_KEY}) wrapping each worker's data key
 * @param digestKey Base64 of at least 32 random bytes (env {@code PALACE_PII_DIGEST_KEY}): the HMAC key of ID numbers
 */
@Validated
@ConfigurationProperties("palace.pii")
public record PiiProperties(
        @NotBlank(message = "no master key: set PALACE_PII_MASTER_KEY (palace.pii.master-key) to the Base64 of 32 "
                + "random bytes, e.g. `openssl rand -base64 32`; local-stack generates one") String masterKey,
        @NotBlank(message = "no digest key: set PALACE_PII_DIGEST_KEY (palace.pii.digest-key) to the Base64 of 32 "
                + "random bytes, e.g. `openssl rand -base64 32`; local-stack generates one") String digestKey) {

    static final int MASTER_KEY_BYTES = 32;
    static final int MIN_DIGEST_KEY_BYTES = 32;

    byte[] masterKeyBytes() {
        byte[] key = decode(masterKey, "PALACE_PII_MASTER_KEY");
        if (key.length != MASTER_KEY_BYTES) {
            throw new IllegalStateException("PALACE_PII_MASTER_KEY must be the Base64 of exactly "
                    + MASTER_KEY_BYTES + " bytes (AES-256), not " + key.length);
        }
        return key;
    }

    byte[] digestKeyBytes() {
        byte[] key = decode(digestKey, "PALACE_PII_DIGEST_KEY");
        if (key.length < MIN_DIGEST_KEY_BYTES) {
            throw new IllegalStateException("PALACE_PII_DIGEST_KEY must be the Base64 of at least "
                    + MIN_DIGEST_KEY_BYTES + " bytes, not " + key.length);
        }
        return key;
    }

    private static byte[] decode(String value, String variable) {
        try {
            return Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            // the message of e would quote part of the key
            throw new IllegalStateException(variable + " is not valid Base64");
        }
    }
}
