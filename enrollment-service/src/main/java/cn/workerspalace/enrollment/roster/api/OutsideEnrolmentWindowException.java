package cn.workerspalace.enrollment.roster.api;

import cn.workerspalace.platform.web.RuleViolationException;
import java.time.Instant;

/** Sign-ups are taken only from the window's opening (inclusive) to its closing (exclusive). */
public class OutsideEnrolmentWindowException extends RuleViolationException {

    public OutsideEnrolmentWindowException(String classId, Instant opensAt, Instant closesAt) {
        super("class " + classId + " takes sign-ups from " + opensAt + " until " + closesAt);
    }

    @Override
    public String rule() {
        return "outside-enrolment-window";
    }
}
