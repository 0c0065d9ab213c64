package cn.workerspalace.course.palace.web;

import cn.workerspalace.course.shared.web.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record OpenServicePointRequest(
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 500) String address) {
}
