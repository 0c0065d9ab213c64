package cn.workerspalace.enrollment.roster.api;

import cn.workerspalace.platform.web.ResourceNotFoundException;

/** The worker holds neither a seat nor a waitlist place in the (open) class. */
public class NoActiveSignUpException extends ResourceNotFoundException {

    public NoActiveSignUpException(String classId, String workerId) {
        super("sign-up of worker " + workerId + " for class", classId);
    }
}
