package cn.workerspalace.projection.stats.api;

import java.math.BigDecimal;

/**
 * One city's figures for a year, the dashboard's city table: the subsidy uptake of its degree applications, its
 * degree students, and the class figures of the palaces whose {@code cityCode} it is. {@code name} and
 * {@code nameEn} are the city's name (null for a code the service does not know); {@code palaces} the number of
 * registered palaces of the city.
 */
public record CityFigures(
        String cityCode,
        String name,
        String nameEn,
        long palaces,
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
