package cn.workerspalace.enrollment.roster.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** The class was cancelled or completed: it takes no more sign-ups. */
public class ClassNotOpenException extends RuleViolationException {

    public ClassNotOpenException(String classId, String status) {
        super("class " + classId + " is " + status);
    }

    @Override
    public String rule() {
        return "class-not-open";
    }
}
