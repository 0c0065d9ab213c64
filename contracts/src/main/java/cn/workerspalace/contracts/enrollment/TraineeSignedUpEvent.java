package cn.workerspalace.contracts.enrollment;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/** A worker signed up for a class: a seat was free (CONFIRMED) or the worker joined the waitlist at a position. */
@Revision("1")
public record TraineeSignedUpEvent(
        String classId,
        String workerId,
        SignUpStatus status,
        Integer waitlistPosition,
        Instant signedUpAt) {
}
