package cn.workerspalace.enrollment.degree.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** 求学圆梦 subsidises front-line workers only, as declared at registration. */
public class NotEligibleException extends RuleViolationException {

    public NotEligibleException(String workerId) {
        super("worker " + workerId + " is not registered as a front-line worker; only front-line workers may apply");
    }

    @Override
    public String rule() {
        return "not-eligible";
    }
}
