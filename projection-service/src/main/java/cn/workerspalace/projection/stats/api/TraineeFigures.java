package cn.workerspalace.projection.stats.api;

/** Trainee totals of the whole province for a year. {@code personTimes} counts attendance records (人次). */
public record TraineeFigures(
        long distinctTrainees,
        long personTimes,
        long completions,
        long degreeStudents) {
}
