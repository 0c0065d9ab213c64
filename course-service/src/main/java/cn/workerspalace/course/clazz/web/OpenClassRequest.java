package cn.workerspalace.course.clazz.web;

import cn.workerspalace.course.clazz.api.ClassCapacity;
import cn.workerspalace.course.shared.web.Ids;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Cross-field rules (window and lesson order) are the aggregate's, answered 400 with the field all the same. */
@Schema(description = "A class (班次) of a course: seats, enrolment window and lessons")
record OpenClassRequest(
        @Schema(description = "Optional; a UUID is made when absent", example = "jinan-calligraphy-2026-spring")
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @Schema(example = "jinan-calligraphy")
        @NotBlank String courseId,
        @Schema(example = "2026年春季周末班")
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "Seats, 1 to 10000", example = "30")
        @NotNull @Min(ClassCapacity.MIN) @Max(ClassCapacity.MAX) Integer capacity,
        @Schema(description = "First instant sign-ups are taken, any offset", example = "2026-02-01T09:00:00+08:00")
        @NotNull Instant enrolmentOpensAt,
        @Schema(description = "Sign-ups are taken until before this instant; after enrolmentOpensAt",
                example = "2026-02-28T18:00:00+08:00")
        @NotNull Instant enrolmentClosesAt,
        @ArraySchema(arraySchema = @Schema(description = "At least one; kept in chronological order, and a "
                + "lesson's 0-based index in that order is how attendance names it"), minItems = 1)
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid LessonRequest> lessons) {

    @Schema(description = "One lesson (节次) of the class")
    record LessonRequest(
            @Schema(example = "2026-03-07T09:00:00+08:00") @NotNull Instant startsAt,
            @Schema(description = "After startsAt", example = "2026-03-07T11:00:00+08:00") @NotNull Instant endsAt) {
    }
}
