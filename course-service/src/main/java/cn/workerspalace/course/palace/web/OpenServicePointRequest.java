package cn.workerspalace.course.palace.web;

import cn.workerspalace.course.shared.web.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(description = "A service point where workers consult and register close to home")
record OpenServicePointRequest(
        @Schema(description = "Optional; a UUID is made when absent", example = "jinan-lixia-quancheng")
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @Schema(example = "泉城路街道职工服务站")
        @NotBlank @Size(max = 200) String name,
        @Schema(example = "济南市历下区泉城路180号")
        @NotBlank @Size(max = 500) String address) {
}
