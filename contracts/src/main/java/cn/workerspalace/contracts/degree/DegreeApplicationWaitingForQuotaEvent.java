package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/** The review passed but the city had no free place: the application waits (status WAITING_FOR_QUOTA). */
@Revision("1")
public record DegreeApplicationWaitingForQuotaEvent(
        String applicationId,
        int year,
        String cityCode,
        Instant reviewedAt) {
}
