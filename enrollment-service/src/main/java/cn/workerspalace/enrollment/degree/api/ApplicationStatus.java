package cn.workerspalace.enrollment.degree.api;

import java.util.Set;

/** Where a degree application stands. REJECTED, GRADUATED and WITHDRAWN are final; the others are open. */
public enum ApplicationStatus {
    SUBMITTED, APPROVED, WAITING_FOR_QUOTA, REJECTED, ADMITTED, GRADUATED, WITHDRAWN;

    private static final Set<ApplicationStatus> FINAL = Set.of(REJECTED, GRADUATED, WITHDRAWN);

    public boolean isOpen() {
        return !FINAL.contains(this);
    }
}
