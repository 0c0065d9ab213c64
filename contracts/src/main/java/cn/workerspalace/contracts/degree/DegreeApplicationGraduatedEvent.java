package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/** The student graduated (status GRADUATED). */
@Revision("1")
public record DegreeApplicationGraduatedEvent(
        String applicationId,
        Instant graduatedAt) {
}
