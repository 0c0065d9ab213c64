package cn.workerspalace.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an {@code Idempotency-Key} is remembered. A client retrying within this time gets the first answer; a
 * request repeated later runs again. Answers are kept in the service's own database, so they survive a restart.
 *
 * @param retention     how long a key is kept after it was first used
 * @param purgeInterval how often expired keys are deleted
 */
@ConfigurationProperties("palace.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration retention,
        @DefaultValue("10m") Duration purgeInterval) {
}
