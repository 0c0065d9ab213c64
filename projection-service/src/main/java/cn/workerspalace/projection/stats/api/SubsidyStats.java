package cn.workerspalace.projection.stats.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The degree programme's subsidy uptake of a year, province-wide and per city; see api.md "Meaning of the
 * figures". {@code asOf} is the date asked for (the figures at the end of that day, Asia/Shanghai), null for the
 * figures now; {@code asOfEvent} the time of the newest event applied that the answer could include.
 */
public record SubsidyStats(
        int year,
        long quota,
        long allocated,
        long reserved,
        long waiting,
        long paidPlaces,
        BigDecimal paidAmount,
        long graduated,
        long withdrawn,
        long remaining,
        List<CitySubsidyFigures> cities,
        LocalDate asOf,
        OffsetDateTime asOfEvent) {
}
