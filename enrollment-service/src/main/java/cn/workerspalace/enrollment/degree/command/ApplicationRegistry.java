package cn.workerspalace.enrollment.degree.command;

import cn.workerspalace.contracts.degree.DegreeLevel;

/** The sets a submission is validated against: open applications per worker, funded levels per worker. */
interface ApplicationRegistry {

    boolean hasOpenApplication(String workerId);

    boolean isFunded(String workerId, DegreeLevel level);
}
