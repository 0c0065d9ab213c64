package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;

/** An unpaid reservation went back to the city's allocation (its application was withdrawn before any payment). */
@Revision("1")
public record SubsidyPlaceReleasedEvent(
        int year,
        String cityCode,
        String applicationId) {
}
