package cn.workerspalace.contracts.enrollment;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/**
 * A worker signed up for a class: a seat was free (CONFIRMED) or the worker joined the waitlist at a position.
 * {@code servicePointId} names the service point whose staff took the sign-up, or is null when the worker signed up
 * by themselves. Revision 2 added it; revision 1 payloads are read with it null.
 */
@Revision("2")
public record TraineeSignedUpEvent(
        String classId,
        String workerId,
        String servicePointId,
        SignUpStatus status,
        Integer waitlistPosition,
        Instant signedUpAt) {
}
