package cn.workerspalace.enrollment.degree.web;

import cn.workerspalace.contracts.degree.DegreeLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/degree-applications}. */
@Schema(description = "A front-line worker's application for a subsidised degree (求学圆梦)")
record SubmitApplicationRequest(
        @Schema(description = "Optional; a UUID is made when absent", example = "app-2026-jn-000045")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
                message = "must be 1-64 letters, digits, '.', '_' or '-'") String id,
        @Schema(description = "A registered front-line worker; the application belongs to their palace's city",
                example = "worker-jn-000123")
        @NotBlank String workerId,
        @Schema(description = "The quota year; it must have a quota", example = "2026")
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "JUNIOR_COLLEGE (高起专) or BACHELOR (专升本)", example = "BACHELOR")
        @NotNull DegreeLevel level,
        @Schema(example = "山东大学")
        @NotBlank @Size(max = 200) String school,
        @Schema(example = "法学")
        @NotBlank @Size(max = 200) String major) {
}
