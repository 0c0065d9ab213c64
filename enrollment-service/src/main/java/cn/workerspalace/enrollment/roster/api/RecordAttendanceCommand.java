package cn.workerspalace.enrollment.roster.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A coordinator records that a trainee attended one lesson (0-based index). */
public record RecordAttendanceCommand(
        @TargetAggregateIdentifier String classId,
        String workerId,
        int lessonIndex,
        Instant now) {
}
