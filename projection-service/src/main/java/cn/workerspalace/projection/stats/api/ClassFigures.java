package cn.workerspalace.projection.stats.api;

/**
 * One class of a palace in a year: its course, category, status, capacity and lessons, and its roster as it stands
 * now ({@code confirmed}, {@code waitlisted}; none for a cancelled class), its attendance records (人次), the
 * lessons at which attendance was recorded, and its completions.
 */
public record ClassFigures(
        String classId,
        String title,
        String courseId,
        String courseTitle,
        String category,
        String status,
        long capacity,
        long lessons,
        long lessonsHeld,
        long confirmed,
        long waitlisted,
        long attendances,
        long completions) {
}
