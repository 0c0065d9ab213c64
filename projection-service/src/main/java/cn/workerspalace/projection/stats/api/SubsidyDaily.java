package cn.workerspalace.projection.stats.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The province's subsidy uptake of a year day by day: one entry for each day on which a figure changed, with the
 * figures at the end of that day; on the days between, the figures are those of the entry before.
 */
public record SubsidyDaily(
        int year,
        List<SubsidyDay> days,
        OffsetDateTime asOfEvent) {
}
