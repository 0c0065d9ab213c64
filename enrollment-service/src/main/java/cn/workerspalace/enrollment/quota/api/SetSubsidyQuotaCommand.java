package cn.workerspalace.enrollment.quota.api;

import cn.workerspalace.contracts.degree.DegreeLevel;
import java.math.BigDecimal;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operations centre sets a year's quota: places in all and the subsidy per place of each level (yuan). */
public record SetSubsidyQuotaCommand(
        int year,
        int places,
        Map<DegreeLevel, BigDecimal> subsidyPerPlace) {

    @TargetAggregateIdentifier
    public String quotaId() {
        return SubsidyQuotaIds.of(year);
    }
}
