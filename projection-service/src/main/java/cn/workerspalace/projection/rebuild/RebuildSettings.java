package cn.workerspalace.projection.rebuild;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code palace.rebuild.*}: how a rebuild reads and how patient its switch-over is.
 *
 * @param batchSize        records per poll, applied in one transaction
 * @param pausePatience    how long to wait for the live listeners to pause (the switch locks them out anyway)
 * @param writersPatience  how long the switch waits for a writer's transaction on the current tables to finish
 * @param readersPatience  how long each attempt at locking out the readers waits; below PostgreSQL's
 *                         {@code deadlock_timeout} (1 s by default), so that a reader is never the one cancelled
 * @param switchAttempts   how often the switch is tried before the rebuild fails
 * @param keepRetired      whether the replaced tables are kept in {@code retired_<id>} (older ones are dropped)
 * @param logInterval      how often progress is logged
 * @param allowTruncatedTopics whether to rebuild from topics whose first records were deleted (retention,
 *                         {@code kafka-delete-records}); such a rebuild misses their events, so it is refused
 *                         unless this is set
 */
@ConfigurationProperties("palace.rebuild")
record RebuildSettings(
        @DefaultValue("2000") int batchSize,
        @DefaultValue("PT30S") Duration pausePatience,
        @DefaultValue("PT30S") Duration writersPatience,
        @DefaultValue("PT0.5S") Duration readersPatience,
        @DefaultValue("5") int switchAttempts,
        @DefaultValue("true") boolean keepRetired,
        @DefaultValue("PT5S") Duration logInterval,
        @DefaultValue("false") boolean allowTruncatedTopics) {
}
