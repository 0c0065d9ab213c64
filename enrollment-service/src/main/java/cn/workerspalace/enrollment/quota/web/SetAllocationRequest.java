package cn.workerspalace.enrollment.quota.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** The body of {@code POST /api/subsidy-quotas/{year}/allocations}. */
record SetAllocationRequest(
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code") String cityCode,
        @NotNull @PositiveOrZero @Max(10_000_000) Integer places) {
}
