package cn.workerspalace.contracts.course;

import cn.workerspalace.contracts.Revision;

/** A coordinator completed an open class; its confirmed trainees complete it. */
@Revision("1")
public record ClassCompletedEvent(
        String classId,
        String palaceId) {
}
