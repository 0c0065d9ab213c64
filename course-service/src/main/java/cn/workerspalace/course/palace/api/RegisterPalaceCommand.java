package cn.workerspalace.course.palace.api;

import cn.workerspalace.contracts.course.PalaceLevel;

/** Registers a palace in the network; {@code parentId} is null for the provincial palace only. */
public record RegisterPalaceCommand(
        String palaceId,
        String name,
        PalaceLevel level,
        String cityCode,
        String parentId) {
}
