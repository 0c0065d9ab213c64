package cn.workerspalace.course.clazz.web;

import cn.workerspalace.course.clazz.api.ClassCapacity;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

@Schema(description = "The new number of seats")
record ChangeCapacityRequest(
        @Schema(description = "1 to 10000; below the confirmed seats keeps them all and stops new confirmations",
                example = "40")
        @NotNull @Min(ClassCapacity.MIN) @Max(ClassCapacity.MAX) Integer capacity) {
}
