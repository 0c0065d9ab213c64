package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/** The review refused the application (status REJECTED). */
@Revision("1")
public record DegreeApplicationRejectedEvent(
        String applicationId,
        String reason,
        Instant rejectedAt) {
}
