package cn.workerspalace.contracts.course;

import cn.workerspalace.contracts.Revision;

/** A palace set up a course (培训项目) in a category. */
@Revision("1")
public record CourseCreatedEvent(
        String courseId,
        String palaceId,
        String category,
        String title) {
}
