package cn.workerspalace.enrollment.degree.web;

import cn.workerspalace.contracts.degree.DegreeLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/degree-applications}. */
record SubmitApplicationRequest(
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
                message = "must be 1-64 letters, digits, '.', '_' or '-'") String id,
        @NotBlank String workerId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull DegreeLevel level,
        @NotBlank @Size(max = 200) String school,
        @NotBlank @Size(max = 200) String major) {
}
