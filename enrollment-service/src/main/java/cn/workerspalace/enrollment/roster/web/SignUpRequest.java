package cn.workerspalace.enrollment.roster.web;

import jakarta.validation.constraints.NotBlank;

/** The body of {@code POST /api/classes/{classId}/sign-ups}. */
record SignUpRequest(@NotBlank String workerId) {
}
