package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;

/** The operations centre set how many of the year's places a city may reserve. */
@Revision("1")
public record CityAllocationSetEvent(
        int year,
        String cityCode,
        int previousPlaces,
        int places) {
}
