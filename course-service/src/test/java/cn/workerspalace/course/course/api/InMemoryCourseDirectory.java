package cn.workerspalace.course.course.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The course directory as aggregate tests arrange it. */
public class InMemoryCourseDirectory implements CourseDirectory {

    private final Map<String, String> palaceByCourse = new HashMap<>();

    public InMemoryCourseDirectory with(String courseId, String palaceId) {
        palaceByCourse.put(courseId, palaceId);
        return this;
    }

    @Override
    public Optional<String> palaceOf(String courseId) {
        return Optional.ofNullable(palaceByCourse.get(courseId));
    }
}
