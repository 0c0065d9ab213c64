package cn.workerspalace.enrollment.roster.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** The worker holds a seat or a waitlist place in the class already. */
public class AlreadySignedUpException extends RuleViolationException {

    public AlreadySignedUpException(String classId, String workerId, String status) {
        super("worker " + workerId + " is " + status + " for class " + classId + " already");
    }

    @Override
    public String rule() {
        return "already-signed-up";
    }
}
