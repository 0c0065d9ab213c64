package cn.workerspalace.course.course.api;

import java.util.Optional;

/** Which courses exist and which palace runs each, kept in the transaction of the events that create them. */
public interface CourseDirectory {

    Optional<String> palaceOf(String courseId);
}
