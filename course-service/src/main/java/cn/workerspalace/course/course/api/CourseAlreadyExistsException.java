package cn.workerspalace.course.course.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** A course id can be created once. */
public class CourseAlreadyExistsException extends RuleViolationException {

    public CourseAlreadyExistsException(String courseId) {
        super("course " + courseId + " already exists");
    }

    @Override
    public String rule() {
        return "already-exists";
    }
}
