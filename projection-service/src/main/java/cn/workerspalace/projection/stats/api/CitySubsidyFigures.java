package cn.workerspalace.projection.stats.api;

import java.math.BigDecimal;

/** One city's share of a year's subsidy uptake; {@code remaining} = {@code allocated} - {@code reserved}. */
public record CitySubsidyFigures(
        String cityCode,
        long allocated,
        long reserved,
        long waiting,
        long paidPlaces,
        BigDecimal paidAmount,
        long graduated,
        long withdrawn,
        long remaining) {
}
