package cn.workerspalace.enrollment.degree.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code reject} and {@code withdraw}. */
record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
}
