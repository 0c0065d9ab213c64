package cn.workerspalace.enrollment.roster.api;

import cn.workerspalace.contracts.enrollment.SignUpStatus;

/** Where a new sign-up landed: a seat, or a 1-based place in the waitlist. */
public record SignUpResult(SignUpStatus status, Integer waitlistPosition) {

    public static SignUpResult confirmed() {
        return new SignUpResult(SignUpStatus.CONFIRMED, null);
    }

    public static SignUpResult waitlisted(int position) {
        return new SignUpResult(SignUpStatus.WAITLISTED, position);
    }
}
