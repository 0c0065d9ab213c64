package cn.workerspalace.contracts.enrollment;

import cn.workerspalace.contracts.Revision;

/** The roster follows a class's new capacity; confirmed seats above it are kept, none are added until below. */
@Revision("1")
public record RosterCapacityChangedEvent(
        String classId,
        int capacity) {
}
