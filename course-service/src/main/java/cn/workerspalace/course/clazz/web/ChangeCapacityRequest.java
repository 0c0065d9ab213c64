package cn.workerspalace.course.clazz.web;

import cn.workerspalace.course.clazz.api.ClassCapacity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

record ChangeCapacityRequest(@NotNull @Min(ClassCapacity.MIN) @Max(ClassCapacity.MAX) Integer capacity) {
}
