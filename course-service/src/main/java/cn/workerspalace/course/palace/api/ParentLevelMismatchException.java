package cn.workerspalace.course.palace.api;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.platform.web.RuleViolationException;

/** A CITY palace hangs under the PROVINCE palace, a COUNTY palace under a CITY palace. */
public class ParentLevelMismatchException extends RuleViolationException {

    public ParentLevelMismatchException(PalaceLevel level, PalaceLevel expectedParentLevel, String parentId,
                                        PalaceLevel parentLevel) {
        super("a " + level + " palace's parent must be a " + expectedParentLevel + " palace; " + parentId
                + " is a " + parentLevel + " palace");
    }

    @Override
    public String rule() {
        return "parent-level-mismatch";
    }
}
