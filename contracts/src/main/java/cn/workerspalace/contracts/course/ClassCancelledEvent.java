package cn.workerspalace.contracts.course;

import cn.workerspalace.contracts.Revision;

/** A coordinator cancelled an open class; every sign-up of it ends. */
@Revision("1")
public record ClassCancelledEvent(
        String classId,
        String palaceId,
        String reason) {
}
