package cn.workerspalace.platform.security;

/** The roles a token may carry in its {@code roles} claim (docs/security.md says what each may do). */
public enum Role {
    /** A worker (职工): their own registration, sign-ups and degree applications. */
    WORKER,
    /** Staff of a service point (服务站点) of one palace: registers and helps that palace's workers. */
    SERVICE_POINT,
    /** Training coordinator (培训专员) of one palace: its courses, classes, rosters and attendance. */
    COORDINATOR,
    /** The provincial operations centre (省运营中心): everything, province-wide, and it may stand in for any palace. */
    OPS_CENTER;

    public String authority() {
        return "ROLE_" + name();
    }
}
