package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;
import java.math.BigDecimal;
import java.util.Map;

/** The operations centre set a year's subsidy quota: places in all, and the subsidy per place by level (yuan). */
@Revision("1")
public record SubsidyQuotaSetEvent(
        int year,
        int places,
        Map<DegreeLevel, BigDecimal> subsidyPerPlace) {
}
