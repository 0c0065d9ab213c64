package cn.workerspalace.course.palace.web;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.course.shared.web.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@ParentMatchesLevel
record RegisterPalaceRequest(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull PalaceLevel level,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code") String cityCode,
        String parentId) {
}
