package cn.workerspalace.contracts.enrollment;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/** A worker cancelled a sign-up; {@code previousStatus} says whether a seat or a waitlist place was freed. */
@Revision("1")
public record SignUpCancelledEvent(
        String classId,
        String workerId,
        SignUpStatus previousStatus,
        Instant cancelledAt) {
}
