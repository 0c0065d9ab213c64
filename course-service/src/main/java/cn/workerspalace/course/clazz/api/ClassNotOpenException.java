package cn.workerspalace.course.clazz.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** Only an OPEN class can change its capacity, be cancelled or be completed. */
public class ClassNotOpenException extends RuleViolationException {

    public ClassNotOpenException(String classId, ClassStatus status) {
        super("class " + classId + " is " + status + ", not OPEN");
    }

    @Override
    public String rule() {
        return "class-not-open";
    }
}
