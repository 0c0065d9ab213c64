package cn.workerspalace.contracts.enrollment;

import cn.workerspalace.contracts.Revision;
import java.util.List;

/**
 * The class was completed: every worker holding a confirmed seat completed it; waitlisted workers' sign-ups
 * ended without completion.
 */
@Revision("1")
public record RosterCompletedEvent(
        String classId,
        List<String> completedWorkerIds,
        List<String> endedWaitlistedWorkerIds) {
}
