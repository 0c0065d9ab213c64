package cn.workerspalace.projection.stats.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The province's subsidy figures at the end of {@code date} (Asia/Shanghai), as {@code asOf} that day answers. */
public record SubsidyDay(
        LocalDate date,
        long quota,
        long allocated,
        long reserved,
        long waiting,
        long paidPlaces,
        BigDecimal paidAmount,
        long graduated,
        long withdrawn,
        long remaining) {
}
