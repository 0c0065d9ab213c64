package cn.workerspalace.projection.stats.api;

import java.time.OffsetDateTime;

/** One palace's figures for a year; see api.md "Meaning of the figures". */
public record PalaceStats(
        String palaceId,
        String name,
        String level,
        String cityCode,
        int year,
        long courses,
        long classesOpened,
        long classesCancelled,
        long classesCompleted,
        long lessons,
        long seats,
        long confirmed,
        long waitlisted,
        long attendances,
        long distinctTrainees,
        long completions,
        OffsetDateTime asOfEvent) {
}
