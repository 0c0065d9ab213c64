package cn.workerspalace.contracts.course;

import cn.workerspalace.contracts.Revision;

/** A workers' cultural palace joined the network. {@code parentId} is null for the provincial palace. */
@Revision("1")
public record PalaceRegisteredEvent(
        String palaceId,
        String name,
        PalaceLevel level,
        String cityCode,
        String parentId) {
}
