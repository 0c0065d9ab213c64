package cn.workerspalace.contracts.enrollment;

import cn.workerspalace.contracts.Revision;
import java.util.List;

/** The class was cancelled: every sign-up, confirmed or waitlisted, ended. */
@Revision("1")
public record RosterCancelledEvent(
        String classId,
        String reason,
        List<String> endedWorkerIds) {
}
