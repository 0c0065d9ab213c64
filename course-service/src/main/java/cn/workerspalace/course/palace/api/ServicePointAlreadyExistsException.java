package cn.workerspalace.course.palace.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** A service point id is unique across all palaces (workers name it when they register). */
public class ServicePointAlreadyExistsException extends RuleViolationException {

    public ServicePointAlreadyExistsException(String servicePointId) {
        super("service point " + servicePointId + " already exists");
    }

    @Override
    public String rule() {
        return "already-exists";
    }
}
