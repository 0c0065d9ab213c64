package cn.workerspalace.course.palace.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** A palace id can be registered once. */
public class PalaceAlreadyExistsException extends RuleViolationException {

    public PalaceAlreadyExistsException(String palaceId) {
        super("palace " + palaceId + " already exists");
    }

    @Override
    public String rule() {
        return "already-exists";
    }
}
