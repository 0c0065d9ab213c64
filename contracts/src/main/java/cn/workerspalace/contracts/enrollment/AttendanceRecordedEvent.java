package cn.workerspalace.contracts.enrollment;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/** A confirmed trainee attended one lesson of a class (one person-time, 人次). */
@Revision("1")
public record AttendanceRecordedEvent(
        String classId,
        String workerId,
        int lessonIndex,
        Instant recordedAt) {
}
