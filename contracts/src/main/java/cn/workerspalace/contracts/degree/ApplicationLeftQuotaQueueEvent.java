package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;

/** A waiting application left the city's queue without a place (withdrawn or rejected while waiting). */
@Revision("1")
public record ApplicationLeftQuotaQueueEvent(
        int year,
        String cityCode,
        String applicationId) {
}
