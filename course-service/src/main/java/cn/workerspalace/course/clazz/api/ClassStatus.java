package cn.workerspalace.course.clazz.api;

/** A class is OPEN until a coordinator cancels or completes it; both are final. */
public enum ClassStatus {
    OPEN, CANCELLED, COMPLETED
}
