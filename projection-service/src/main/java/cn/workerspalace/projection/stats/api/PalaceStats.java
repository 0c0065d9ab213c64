package cn.workerspalace.projection.stats.api;

import java.time.OffsetDateTime;

/**
 * One palace's figures for a year; see api.md "Meaning of the figures". {@code lessonsHeld} counts the lessons of
 * the year's classes at which at least one attendance was recorded (a cancelled class's lessons held before its
 * cancellation included, as its attendances are).
 */
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
        long lessonsHeld,
        long seats,
        long confirmed,
        long waitlisted,
        long attendances,
        long distinctTrainees,
        long completions,
        OffsetDateTime asOfEvent) {
}
