package cn.workerspalace.contracts.course;

import cn.workerspalace.contracts.Revision;

/** A coordinator changed the number of seats of an open class. */
@Revision("1")
public record ClassCapacityChangedEvent(
        String classId,
        String palaceId,
        int previousCapacity,
        int capacity) {
}
