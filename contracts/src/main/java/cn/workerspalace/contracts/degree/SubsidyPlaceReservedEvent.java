package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;

/**
 * A place of a city's allocation was reserved for an application, either at approval or, for an application that
 * was waiting, when a place freed up ({@code fromQueue}).
 */
@Revision("1")
public record SubsidyPlaceReservedEvent(
        int year,
        String cityCode,
        String applicationId,
        boolean fromQueue) {
}
