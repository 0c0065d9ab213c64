package cn.workerspalace.course.course.web;

import cn.workerspalace.course.shared.web.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record CreateCourseRequest(
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank String palaceId,
        @NotBlank @Size(max = 100) String category,
        @NotBlank @Size(max = 200) String title) {
}
