package cn.workerspalace.enrollment.roster.api;

import cn.workerspalace.platform.web.RuleViolationException;
import java.time.Instant;

/** Attendance is accepted from 30 minutes before a lesson starts. */
public class LessonNotBegunException extends RuleViolationException {

    public LessonNotBegunException(String classId, int lessonIndex, Instant acceptedFrom) {
        super("lesson " + lessonIndex + " of class " + classId + " takes attendance from " + acceptedFrom);
    }

    @Override
    public String rule() {
        return "lesson-not-begun";
    }
}
