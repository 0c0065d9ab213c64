package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;

/** An approved application found no free place in its city and joined the city's queue at a position (1-based). */
@Revision("1")
public record ApplicationQueuedForQuotaEvent(
        int year,
        String cityCode,
        String applicationId,
        int position) {
}
