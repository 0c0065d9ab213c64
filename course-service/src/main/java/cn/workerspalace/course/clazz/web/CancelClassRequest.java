package cn.workerspalace.course.clazz.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "Why the class is cancelled; shown to the workers whose sign-ups end")
record CancelClassRequest(
        @Schema(example = "授课教师因病无法授课")
        @NotBlank @Size(max = 500) String reason) {
}
