package cn.workerspalace.enrollment.roster.query;

import cn.workerspalace.contracts.enrollment.RosterCancelledEvent;
import cn.workerspalace.contracts.enrollment.RosterCapacityChangedEvent;
import cn.workerspalace.contracts.enrollment.RosterCompletedEvent;
import cn.workerspalace.contracts.enrollment.RosterOpenedEvent;
import cn.workerspalace.contracts.enrollment.SignUpCancelledEvent;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.contracts.enrollment.WaitlistedTraineePromotedEvent;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code roster_view} and {@code sign_up_view} in the command's transaction. The roster event's sequence
 * number orders seats ({@code seat_seq}) and the queue ({@code queue_seq}).
 */
@Component
@ProcessingGroup(RosterProjection.PROCESSING_GROUP)
public class RosterProjection {

    public static final String PROCESSING_GROUP = "roster-view";
    private final JdbcTemplate jdbc;

    RosterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RosterOpenedEvent event) {
        jdbc.update("""
                INSERT INTO roster_view (class_id, palace_id, capacity, status, enrolment_opens_at,
                                         enrolment_closes_at, lessons, year)
                VALUES (?, ?, ?, 'OPEN', ?, ?, ?, ?)""",
                event.classId(), event.palaceId(), event.capacity(), Timestamp.from(event.enrolmentOpensAt()),
                Timestamp.from(event.enrolmentClosesAt()), event.lessonStarts().size(), event.year());
    }

    @EventHandler
    void on(TraineeSignedUpEvent event, @SequenceNumber long sequence) {
        boolean seat = event.status() == SignUpStatus.CONFIRMED;
        jdbc.update("""
                INSERT INTO sign_up_view (class_id, worker_id, status, signed_up_at, seat_seq, queue_seq,
                                          service_point_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (class_id, worker_id) DO UPDATE
                   SET status = excluded.status, signed_up_at = excluded.signed_up_at,
                       seat_seq = excluded.seat_seq, queue_seq = excluded.queue_seq,
                       service_point_id = excluded.service_point_id""",
                event.classId(), event.workerId(), event.status().name(), Timestamp.from(event.signedUpAt()),
                seat ? sequence : null, seat ? null : sequence, event.servicePointId());
    }

    @EventHandler
    void on(SignUpCancelledEvent event) {
        jdbc.update("""
                UPDATE sign_up_view SET status = 'CANCELLED', seat_seq = NULL, queue_seq = NULL
                 WHERE class_id = ? AND worker_id = ?""", event.classId(), event.workerId());
    }

    @EventHandler
    void on(WaitlistedTraineePromotedEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                UPDATE sign_up_view SET status = 'CONFIRMED', seat_seq = ?, queue_seq = NULL
                 WHERE class_id = ? AND worker_id = ?""", sequence, event.classId(), event.workerId());
    }

    @EventHandler
    void on(RosterCapacityChangedEvent event) {
        jdbc.update("UPDATE roster_view SET capacity = ? WHERE class_id = ?", event.capacity(), event.classId());
    }

    @EventHandler
    void on(RosterCancelledEvent event) {
        jdbc.update("UPDATE roster_view SET status = 'CANCELLED' WHERE class_id = ?", event.classId());
        jdbc.update("""
                UPDATE sign_up_view SET status = 'ENDED', seat_seq = NULL, queue_seq = NULL
                 WHERE class_id = ? AND status IN ('CONFIRMED', 'WAITLISTED')""", event.classId());
    }

    @EventHandler
    void on(RosterCompletedEvent event) {
        jdbc.update("UPDATE roster_view SET status = 'COMPLETED' WHERE class_id = ?", event.classId());
        jdbc.update("UPDATE sign_up_view SET status = 'COMPLETED' WHERE class_id = ? AND status = 'CONFIRMED'",
                event.classId());
        jdbc.update("""
                UPDATE sign_up_view SET status = 'ENDED', queue_seq = NULL
                 WHERE class_id = ? AND status = 'WAITLISTED'""", event.classId());
    }
}
