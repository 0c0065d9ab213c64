package cn.workerspalace.enrollment.worker.pii;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Personal data settings.
 *
 * @param digestKey the HMAC key of ID number digests; application.yml holds a development default that every
 *                  production deployment must replace (env {@code PALACE_PII_DIGEST_KEY}), and keep: changing it
 *                  makes earlier registrations unrecognisable to the uniqueness check
 */
@Validated
@ConfigurationProperties("palace.pii")
public record PiiProperties(@NotBlank String digestKey) {
}
