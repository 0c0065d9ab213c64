package cn.workerspalace.course.palace.api;

import cn.workerspalace.contracts.course.PalaceLevel;

/** What command handlers need to know about a registered palace. */
public record RegisteredPalace(String palaceId, PalaceLevel level, String cityCode) {
}
