package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/** The school admitted the approved applicant (status ADMITTED). */
@Revision("1")
public record DegreeApplicationAdmittedEvent(
        String applicationId,
        Instant admittedAt) {
}
