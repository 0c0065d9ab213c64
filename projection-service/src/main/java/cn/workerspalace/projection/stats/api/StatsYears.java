package cn.workerspalace.projection.stats.api;

import java.util.List;

/** The years that have figures (classes, quotas or applications), newest first, and this year in Asia/Shanghai. */
public record StatsYears(int current, List<Integer> years) {
}
