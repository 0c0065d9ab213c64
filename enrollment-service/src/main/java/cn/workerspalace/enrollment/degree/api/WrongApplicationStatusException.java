package cn.workerspalace.enrollment.degree.api;

import cn.workerspalace.platform.web.RuleViolationException;
import java.util.Set;
import java.util.TreeSet;

/** The step is not open to the application in its current status (approve twice, pay before admission...). */
public class WrongApplicationStatusException extends RuleViolationException {

    public WrongApplicationStatusException(String applicationId, String step, ApplicationStatus status,
                                           Set<ApplicationStatus> allowed) {
        super("application " + applicationId + " is " + status + "; " + step + " needs it to be "
                + String.join(" or ", new TreeSet<>(allowed.stream().map(Enum::name).toList())));
    }

    @Override
    public String rule() {
        return "wrong-application-status";
    }
}
