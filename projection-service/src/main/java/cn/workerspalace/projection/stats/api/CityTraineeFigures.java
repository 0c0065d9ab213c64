package cn.workerspalace.projection.stats.api;

/** Trainee totals of the palaces whose {@code cityCode} is this city, for a year. */
public record CityTraineeFigures(
        String cityCode,
        long distinctTrainees,
        long personTimes,
        long completions,
        long degreeStudents) {
}
