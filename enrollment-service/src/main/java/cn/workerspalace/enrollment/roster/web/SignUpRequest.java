package cn.workerspalace.enrollment.roster.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/classes/{classId}/sign-ups}; {@code servicePointId}, when given, names the service
 * point whose staff took the sign-up (any palace's: a worker may sign up near home for a class elsewhere).
 */
@Schema(description = "A registered worker asking for a seat")
record SignUpRequest(
        @Schema(description = "A registered worker", example = "worker-jn-000123")
        @NotBlank String workerId,
        @Schema(description = "Optional: the service point whose staff took the sign-up (absent when the worker "
                + "signed up by themselves)", example = "jinan-lixia-quancheng")
        @Size(min = 1, max = 64) String servicePointId) {
}
