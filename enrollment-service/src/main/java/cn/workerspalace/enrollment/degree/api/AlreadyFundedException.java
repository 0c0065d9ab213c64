package cn.workerspalace.enrollment.degree.api;

import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.platform.web.RuleViolationException;

/** One subsidy per level for life: an earlier application at the level was approved and not withdrawn unpaid. */
public class AlreadyFundedException extends RuleViolationException {

    public AlreadyFundedException(String workerId, DegreeLevel level) {
        super("worker " + workerId + " has been funded at level " + level + " already");
    }

    @Override
    public String rule() {
        return "already-funded";
    }
}
