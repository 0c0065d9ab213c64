package cn.workerspalace.course.palace.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** The network has exactly one provincial palace. */
public class ProvinceAlreadyRegisteredException extends RuleViolationException {

    public ProvinceAlreadyRegisteredException(String palaceId) {
        super("a PROVINCE palace is already registered; " + palaceId + " cannot be a second one");
    }

    @Override
    public String rule() {
        return "province-already-registered";
    }
}
