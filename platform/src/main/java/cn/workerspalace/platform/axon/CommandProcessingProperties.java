package cn.workerspalace.platform.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How commands are processed.
 *
 * @param threads          command-handling threads; keep it below the connection pool size
 * @param cachedAggregates aggregates kept in memory between commands
 * @param conflictRetries  retries of a command that lost an optimistic-locking race to another instance
 * @param answerTimeout    longest a caller of {@code sendAndWait} waits for a command's answer
 */
@ConfigurationProperties("palace.commands")
public record CommandProcessingProperties(
        @DefaultValue("16") int threads,
        @DefaultValue("20000") long cachedAggregates,
        @DefaultValue("10") int conflictRetries,
        @DefaultValue("15s") Duration answerTimeout) {
}
