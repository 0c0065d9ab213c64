package cn.workerspalace.enrollment.roster.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads rosters and sign-ups from the views. */
@Repository
public class RosterQueries {

    private final JdbcTemplate jdbc;

    RosterQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String classId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM roster_view WHERE class_id = ?)", Boolean.class, classId));
    }

    /** The palace whose class this roster is (from course-service's ClassOpenedEvent). */
    public Optional<String> palaceOf(String classId) {
        return jdbc.queryForList("SELECT palace_id FROM roster_view WHERE class_id = ?", String.class, classId)
                .stream().findFirst();
    }

    /**
     * The roster with seats in the order they were taken (completed trainees keep theirs) and the queue. Its three
     * queries share one connection and one snapshot: a call never holds a pooled connection while it waits for
     * another, so any number of concurrent readers cannot starve the pool between them.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<RosterView> roster(String classId) {
        return jdbc.query("SELECT status, capacity FROM roster_view WHERE class_id = ?",
                        (row, n) -> new RosterHead(row.getString(1), row.getInt(2)), classId)
                .stream().findFirst()
                .map(head -> new RosterView(classId, head.status(), head.capacity(), confirmed(classId),
                        waitlist(classId)));
    }

    /** Every class the worker signed up for, with the sign-up's latest status and current waitlist place. */
    public List<WorkerSignUp> signUpsOf(String workerId) {
        return jdbc.query("""
                SELECT s.class_id, s.status, s.signed_up_at, s.service_point_id,
                       CASE WHEN s.status = 'WAITLISTED' THEN
                           (SELECT count(*)::integer FROM sign_up_view ahead
                             WHERE ahead.class_id = s.class_id AND ahead.status = 'WAITLISTED'
                               AND ahead.queue_seq <= s.queue_seq)
                       END
                  FROM sign_up_view s
                 WHERE s.worker_id = ?
                 ORDER BY s.signed_up_at, s.class_id""",
                (row, n) -> new WorkerSignUp(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getString(4), row.getObject(5, Integer.class)),
                workerId);
    }

    private List<Seat> confirmed(String classId) {
        return jdbc.query("""
                SELECT worker_id, signed_up_at, service_point_id FROM sign_up_view
                 WHERE class_id = ? AND status IN ('CONFIRMED', 'COMPLETED') ORDER BY seat_seq""",
                (row, n) -> new Seat(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3)),
                classId);
    }

    private List<QueuePlace> waitlist(String classId) {
        return jdbc.query("""
                SELECT worker_id, signed_up_at, service_point_id FROM sign_up_view
                 WHERE class_id = ? AND status = 'WAITLISTED' ORDER BY queue_seq""",
                (row, n) -> new QueuePlace(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3),
                        n + 1), classId);
    }

    private record RosterHead(String status, int capacity) {
    }

    public record RosterView(String classId, String status, int capacity, List<Seat> confirmed,
                             List<QueuePlace> waitlist) {
    }

    /** {@code servicePointId}: where staff took the sign-up; null when the worker signed up by themselves. */
    public record Seat(String workerId, Instant signedUpAt, String servicePointId) {
    }

    public record QueuePlace(String workerId, Instant signedUpAt, String servicePointId, int position) {
    }

    /** {@code status}: CONFIRMED, WAITLISTED, CANCELLED (by the worker), ENDED (class cancelled, or still
     * waitlisted when it completed) or COMPLETED. */
    public record WorkerSignUp(String classId, String status, Instant signedUpAt, String servicePointId,
                               Integer waitlistPosition) {
    }
}
