package cn.workerspalace.course.palace.web;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.course.shared.web.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@ParentMatchesLevel
@Schema(description = "A palace joining the network")
record RegisterPalaceRequest(
        @Schema(description = "The palace's id, chosen by the client", example = "jinan")
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @Schema(example = "济南市工人文化宫")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "PROVINCE (exactly one), CITY (one per city) or COUNTY", example = "CITY")
        @NotNull PalaceLevel level,
        @Schema(description = "GB/T 2260 code of the city; a COUNTY palace carries its parent city's",
                example = "\"370100\"")
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code") String cityCode,
        @Schema(description = "The PROVINCE palace for a CITY one, a CITY palace for a COUNTY one; absent for the "
                + "PROVINCE palace", example = "shandong")
        String parentId) {
}
