package cn.workerspalace.projection.live;

import java.time.OffsetDateTime;

/**
 * The notice sent as the data of a {@code changed} server-sent event: the time of the newest event applied now
 * (Asia/Shanghai, as {@code asOfEvent} in the figures) and how many events were applied since the previous notice.
 */
public record FiguresChanged(OffsetDateTime asOfEvent, long events) {
}
