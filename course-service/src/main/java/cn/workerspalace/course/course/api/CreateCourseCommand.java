package cn.workerspalace.course.course.api;

/** A palace sets up a course (培训项目) in a category. */
public record CreateCourseCommand(
        String courseId,
        String palaceId,
        String category,
        String title) {
}
