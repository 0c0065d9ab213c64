package cn.workerspalace.course.course.web;

import cn.workerspalace.course.shared.web.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(description = "A course (培训项目) a palace runs")
record CreateCourseRequest(
        @Schema(description = "Optional; a UUID is made when absent", example = "jinan-calligraphy")
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @Schema(description = "The palace that runs the course", example = "jinan")
        @NotBlank String palaceId,
        @Schema(example = "书法")
        @NotBlank @Size(max = 100) String category,
        @Schema(example = "硬笔书法入门")
        @NotBlank @Size(max = 200) String title) {
}
