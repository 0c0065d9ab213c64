package cn.workerspalace.projection.stats.api;

import java.math.BigDecimal;

/**
 * The whole province's figures for a year, the cities' figures rolled up: the subsidy quota and its uptake, and
 * the class figures of every palace. {@code distinctTrainees} counts a worker once however many cities trained
 * them, so it can be below the cities' sum.
 */
public record ProvinceFigures(
        long palaces,
        long quota,
        long allocated,
        long reserved,
        long waiting,
        long paidPlaces,
        BigDecimal paidAmount,
        long graduated,
        long withdrawn,
        long remaining,
        long degreeStudents,
        long courses,
        long classesOpened,
        long classesCancelled,
        long classesCompleted,
        long lessons,
        long lessonsHeld,
        long seats,
        long confirmed,
        long waitlisted,
        long distinctTrainees,
        long personTimes,
        long completions) {
}
