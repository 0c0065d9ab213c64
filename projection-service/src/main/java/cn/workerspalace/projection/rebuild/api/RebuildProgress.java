package cn.workerspalace.projection.rebuild.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * A rebuild as it stands.
 *
 * @param id               the rebuild's number, also in its schema's name
 * @param state            where it stands
 * @param schema           the schema the read models are rebuilt in; after the switch, the current tables' old
 *                         versions are kept in {@code retired_<id>}
 * @param startedAt        when it started (Asia/Shanghai)
 * @param finishedAt       when it finished, null while it runs
 * @param eventsTotal      records on both topics when it started (end offsets minus first offsets)
 * @param eventsDone       how many of those have been read and applied
 * @param percent          eventsDone of eventsTotal, 0-100
 * @param eventsRead       every record read, those that arrived after the start included
 * @param eventsSkipped    records read that are not events (the dead letters of the live listeners)
 * @param eventsPerSecond  records read per second since the replay began
 * @param secondsLeft      estimated seconds until every record of the start has been read; null when unknown
 * @param failure          why it failed, null unless FAILED
 */
public record RebuildProgress(
        long id,
        RebuildState state,
        String schema,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        long eventsTotal,
        long eventsDone,
        @Schema(example = "42.5") double percent,
        long eventsRead,
        long eventsSkipped,
        @Schema(example = "4200.0") double eventsPerSecond,
        Long secondsLeft,
        String failure) {
}
