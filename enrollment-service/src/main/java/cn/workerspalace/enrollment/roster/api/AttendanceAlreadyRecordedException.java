package cn.workerspalace.enrollment.roster.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** One attendance per trainee and lesson. */
public class AttendanceAlreadyRecordedException extends RuleViolationException {

    public AttendanceAlreadyRecordedException(String classId, String workerId, int lessonIndex) {
        super("attendance of worker " + workerId + " at lesson " + lessonIndex + " of class " + classId
                + " is recorded already");
    }

    @Override
    public String rule() {
        return "attendance-already-recorded";
    }
}
