package cn.workerspalace.projection.stats.api;

/**
 * The classes of a year by their course's category: courses with a class in the year, classes opened (cancelled
 * ones included), cancelled and completed, seats of the classes not cancelled, sign-ups confirmed now and attendance
 * records. {@code category} is null for classes whose course has not been announced.
 */
public record CategoryFigures(
        String category,
        long courses,
        long classesOpened,
        long classesCancelled,
        long classesCompleted,
        long seats,
        long confirmed,
        long attendances) {
}
