package cn.workerspalace.projection.roster.query;

import cn.workerspalace.contracts.enrollment.AttendanceRecordedEvent;
import cn.workerspalace.contracts.enrollment.RosterCancelledEvent;
import cn.workerspalace.contracts.enrollment.RosterCompletedEvent;
import cn.workerspalace.contracts.enrollment.SignUpCancelledEvent;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.contracts.enrollment.WaitlistedTraineePromotedEvent;
import cn.workerspalace.projection.ingest.EventHandlers;
import cn.workerspalace.projection.ingest.ReadModel;
import cn.workerspalace.projection.ingest.ReadModelWrites;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tables {@code sign_up} and {@code attendance}. A roster's events share the class id as key, so they arrive in
 * order. A sign-up keeps the service point that took it (null when the worker signed up by themselves). Capacity
 * changes move no sign-up by themselves (a promotion is its own event), so they are not applied.
 */
@Component
class RosterReadModel implements ReadModel {

    private final ReadModelWrites writes;

    RosterReadModel(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public void subscribe(EventHandlers handlers) {
        handlers.on(TraineeSignedUpEvent.class, this::on)
                .on(SignUpCancelledEvent.class, this::on)
                .on(WaitlistedTraineePromotedEvent.class, this::on)
                .on(RosterCancelledEvent.class, this::on)
                .on(RosterCompletedEvent.class, this::on)
                .on(AttendanceRecordedEvent.class, this::on);
    }

    void on(TraineeSignedUpEvent event) {
        // a worker who cancelled may sign up again: the row starts over
        writes.upsert(List.of(event.classId(), event.workerId()), """
                        insert into sign_up (class_id, worker_id, status, completed, signed_up_at, service_point_id)
                        values (?, ?, ?, false, ?, ?)
                        on conflict (class_id, worker_id) do update set status = excluded.status,
                            completed = false, signed_up_at = excluded.signed_up_at,
                            service_point_id = excluded.service_point_id
                        """,
                event.classId(), event.workerId(), event.status().name(), timestamp(event.signedUpAt()),
                        event.servicePointId());
    }

    void on(SignUpCancelledEvent event) {
        writes.write("update sign_up set status = 'CANCELLED' where class_id = ? and worker_id = ?",
                event.classId(), event.workerId());
    }

    void on(WaitlistedTraineePromotedEvent event) {
        writes.write("update sign_up set status = 'CONFIRMED' where class_id = ? and worker_id = ?",
                event.classId(), event.workerId());
    }

    void on(RosterCancelledEvent event) {
        writes.write("update sign_up set status = 'ENDED' where class_id = ? and status in ('CONFIRMED', 'WAITLISTED')",
                event.classId());
    }

    void on(RosterCompletedEvent event) {
        List<String> completed = event.completedWorkerIds() == null ? List.of() : event.completedWorkerIds();
        writes.write("""
                        insert into sign_up (class_id, worker_id, status, completed)
                        select ?, worker_id, 'CONFIRMED', true from unnest(?::text[]) as worker_id
                        on conflict (class_id, worker_id) do update set status = 'CONFIRMED', completed = true
                        """,
                event.classId(), completed.toArray(String[]::new));
        writes.write("update sign_up set status = 'ENDED' where class_id = ? and status = 'WAITLISTED'",
                event.classId());
    }

    void on(AttendanceRecordedEvent event) {
        writes.write("""
                        insert into attendance (class_id, worker_id, lesson_index, recorded_at) values (?, ?, ?, ?)
                        on conflict (class_id, worker_id, lesson_index) do nothing
                        """,
                event.classId(), event.workerId(), event.lessonIndex(), timestamp(event.recordedAt()));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
