package cn.workerspalace.course.clazz.web;

import cn.workerspalace.course.clazz.api.ClassCapacity;
import cn.workerspalace.course.shared.web.Ids;
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
record OpenClassRequest(
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank String courseId,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Min(ClassCapacity.MIN) @Max(ClassCapacity.MAX) Integer capacity,
        @NotNull Instant enrolmentOpensAt,
        @NotNull Instant enrolmentClosesAt,
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid LessonRequest> lessons) {

    record LessonRequest(@NotNull Instant startsAt, @NotNull Instant endsAt) {
    }
}
