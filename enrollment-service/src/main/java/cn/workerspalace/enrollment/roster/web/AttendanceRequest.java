package cn.workerspalace.enrollment.roster.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The body of {@code POST /api/classes/{classId}/attendance}; lessons are numbered from 0. */
@Schema(description = "A confirmed trainee attended one lesson (one person-time, 人次)")
record AttendanceRequest(
        @Schema(description = "A worker holding a confirmed seat", example = "worker-jn-000123")
        @NotBlank String workerId,
        @Schema(description = "The lesson's 0-based index in the class's chronological lesson list", example = "0")
        @NotNull @PositiveOrZero Integer lessonIndex) {
}
