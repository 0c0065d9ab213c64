package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/** A worker applied, at a service point, for a subsidised degree in a year; the city is the worker's palace's. */
@Revision("1")
public record DegreeApplicationSubmittedEvent(
        String applicationId,
        String workerId,
        int year,
        DegreeLevel level,
        String school,
        String major,
        String palaceId,
        String cityCode,
        Instant submittedAt) {
}
