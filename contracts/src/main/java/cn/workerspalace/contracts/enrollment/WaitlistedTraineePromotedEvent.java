package cn.workerspalace.contracts.enrollment;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/** The first waitlisted worker took a freed or added seat; everyone behind moves up one place. */
@Revision("1")
public record WaitlistedTraineePromotedEvent(
        String classId,
        String workerId,
        Instant promotedAt) {
}
