package cn.workerspalace.contracts.enrollment;

/** Where a worker's sign-up to a class stands. */
public enum SignUpStatus {
    CONFIRMED, WAITLISTED
}
