package cn.workerspalace.enrollment.quota.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** The body of {@code POST /api/subsidy-quotas/{year}/allocations}. */
@Schema(description = "Sets a city's share of the year's places (its current share counts as free meanwhile)")
record SetAllocationRequest(
        @Schema(description = "GB/T 2260 code of a city with a CITY palace", example = "\"370100\"")
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code") String cityCode,
        @Schema(description = "Never below the places the city has reserved", example = "800")
        @NotNull @PositiveOrZero @Max(10_000_000) Integer places) {
}
