package cn.workerspalace.enrollment.roster.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** Attendance is recorded only for workers holding a seat. */
public class NotConfirmedTraineeException extends RuleViolationException {

    public NotConfirmedTraineeException(String classId, String workerId) {
        super("worker " + workerId + " holds no confirmed seat in class " + classId);
    }

    @Override
    public String rule() {
        return "not-a-confirmed-trainee";
    }
}
