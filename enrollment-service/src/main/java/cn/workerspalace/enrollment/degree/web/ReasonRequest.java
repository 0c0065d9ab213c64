package cn.workerspalace.enrollment.degree.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code reject} and {@code withdraw}. */
@Schema(description = "Why the application is rejected or withdrawn; kept with it")
record ReasonRequest(
        @Schema(example = "申请材料不全：缺少前置学历证明")
        @NotBlank @Size(max = 500) String reason) {
}
