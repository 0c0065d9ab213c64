package cn.workerspalace.course.clazz.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CancelClassRequest(@NotBlank @Size(max = 500) String reason) {
}
