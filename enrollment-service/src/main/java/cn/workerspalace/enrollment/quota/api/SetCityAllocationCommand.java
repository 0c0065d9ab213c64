package cn.workerspalace.enrollment.quota.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets how many of the year's places a city may reserve; its current allocation counts as free while re-setting. */
public record SetCityAllocationCommand(
        int year,
        String cityCode,
        int places) {

    @TargetAggregateIdentifier
    public String quotaId() {
        return SubsidyQuotaIds.of(year);
    }
}
