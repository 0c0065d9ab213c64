package cn.workerspalace.enrollment.quota.web;

import cn.workerspalace.contracts.degree.DegreeLevel;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Map;

/** The body of {@code POST /api/subsidy-quotas}. */
record SetQuotaRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @Min(1) @Max(10_000_000) Integer places,
        @NotNull @Valid SubsidyPerPlace subsidyPerPlace) {

    /** Both levels, named as clients write them, so a validation error names {@code subsidyPerPlace.BACHELOR}. */
    record SubsidyPerPlace(
            @JsonProperty("JUNIOR_COLLEGE") @NotNull @Positive @Digits(integer = 10, fraction = 2)
            BigDecimal JUNIOR_COLLEGE,
            @JsonProperty("BACHELOR") @NotNull @Positive @Digits(integer = 10, fraction = 2)
            BigDecimal BACHELOR) {

        Map<DegreeLevel, BigDecimal> byLevel() {
            return Map.of(DegreeLevel.JUNIOR_COLLEGE, JUNIOR_COLLEGE, DegreeLevel.BACHELOR, BACHELOR);
        }
    }
}
