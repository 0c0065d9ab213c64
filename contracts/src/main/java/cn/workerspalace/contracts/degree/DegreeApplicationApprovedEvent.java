package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/** The application holds a subsidy place (status APPROVED). */
@Revision("1")
public record DegreeApplicationApprovedEvent(
        String applicationId,
        int year,
        String cityCode,
        Instant approvedAt) {
}
