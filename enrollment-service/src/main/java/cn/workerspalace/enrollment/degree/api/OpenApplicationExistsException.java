package cn.workerspalace.enrollment.degree.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** A worker has at most one open application (any not REJECTED, WITHDRAWN or GRADUATED). */
public class OpenApplicationExistsException extends RuleViolationException {

    public OpenApplicationExistsException(String workerId) {
        super("worker " + workerId + " has an open degree application already");
    }

    @Override
    public String rule() {
        return "open-application-exists";
    }
}
