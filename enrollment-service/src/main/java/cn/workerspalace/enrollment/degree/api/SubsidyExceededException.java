package cn.workerspalace.enrollment.degree.api;

import cn.workerspalace.platform.web.RuleViolationException;
import java.math.BigDecimal;

/** The payments of one application never add up to more than the level's subsidy per place. */
public class SubsidyExceededException extends RuleViolationException {

    public SubsidyExceededException(String applicationId, BigDecimal amount, BigDecimal paid, BigDecimal subsidy) {
        super("paying " + amount.toPlainString() + " to application " + applicationId + " would bring its total to "
                + paid.add(amount).toPlainString() + ", above the subsidy of " + subsidy.toPlainString());
    }

    @Override
    public String rule() {
        return "subsidy-exceeded";
    }
}
