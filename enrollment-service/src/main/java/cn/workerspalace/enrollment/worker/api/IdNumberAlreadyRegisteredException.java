package cn.workerspalace.enrollment.worker.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** A worker with the same national ID number is registered already (the number itself is never repeated back). */
public class IdNumberAlreadyRegisteredException extends RuleViolationException {

    public IdNumberAlreadyRegisteredException() {
        super("a worker with this national ID number is already registered");
    }

    @Override
    public String rule() {
        return "id-number-already-registered";
    }
}
