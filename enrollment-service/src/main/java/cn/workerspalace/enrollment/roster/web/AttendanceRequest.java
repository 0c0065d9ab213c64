package cn.workerspalace.enrollment.roster.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The body of {@code POST /api/classes/{classId}/attendance}; lessons are numbered from 0. */
record AttendanceRequest(@NotBlank String workerId, @NotNull @PositiveOrZero Integer lessonIndex) {
}
