package cn.workerspalace.course.course.query;

/** A course as clients see it. */
public record CourseView(String id, String palaceId, String category, String title) {
}
