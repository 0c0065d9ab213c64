package cn.workerspalace.enrollment.quota.web;

import cn.workerspalace.contracts.degree.DegreeLevel;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Map;

/** The body of {@code POST /api/subsidy-quotas}. */
@Schema(description = "A year's 求学圆梦 subsidy quota: places in all and the subsidy per place by level")
record SetQuotaRequest(
        @Schema(example = "2026")
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "Subsidised places in the province for the year", example = "10000")
        @NotNull @Min(1) @Max(10_000_000) Integer places,
        @NotNull @Valid SubsidyPerPlace subsidyPerPlace) {

    /** Both levels, named as clients write them, so a validation error names {@code subsidyPerPlace.BACHELOR}. */
    @Schema(description = "Yuan per subsidised place, by level")
    record SubsidyPerPlace(
            @Schema(description = "高起专, yuan", example = "3000")
            @JsonProperty("JUNIOR_COLLEGE") @NotNull @Positive @Digits(integer = 10, fraction = 2)
            BigDecimal JUNIOR_COLLEGE,
            @Schema(description = "专升本, yuan", example = "4000")
            @JsonProperty("BACHELOR") @NotNull @Positive @Digits(integer = 10, fraction = 2)
            BigDecimal BACHELOR) {

        Map<DegreeLevel, BigDecimal> byLevel() {
            return Map.of(DegreeLevel.JUNIOR_COLLEGE, JUNIOR_COLLEGE, DegreeLevel.BACHELOR, BACHELOR);
        }
    }
}
