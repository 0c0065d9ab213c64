package cn.workerspalace.enrollment.degree.query;

import cn.workerspalace.contracts.degree.ApplicationLeftQuotaQueueEvent;
import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationAdmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationApprovedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationGraduatedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationRejectedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWaitingForQuotaEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code degree_application_view} and {@code degree_payment_view} in the command's transaction. The quota's
 * queue events set and clear the application's {@code queue_seq} (the quota event's sequence number), which orders
 * each city's queue.
 */
@Component
@ProcessingGroup(DegreeApplicationProjection.PROCESSING_GROUP)
class DegreeApplicationProjection {

    static final String PROCESSING_GROUP = "degree-application-view";
    private final JdbcTemplate jdbc;

    DegreeApplicationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DegreeApplicationSubmittedEvent event) {
        jdbc.update("""
                INSERT INTO degree_application_view (application_id, worker_id, year, level, school, major,
                                                     palace_id, city_code, status, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?)""",
                event.applicationId(), event.workerId(), event.year(), event.level().name(), event.school(),
                event.major(), event.palaceId(), event.cityCode(), at(event.submittedAt()));
    }

    @EventHandler
    void on(DegreeApplicationApprovedEvent event) {
        jdbc.update("""
                UPDATE degree_application_view
                   SET status = 'APPROVED', approved_at = ?, reviewed_at = coalesce(reviewed_at, ?), queue_seq = NULL
                 WHERE application_id = ?""",
                at(event.approvedAt()), at(event.approvedAt()), event.applicationId());
    }

    @EventHandler
    void on(DegreeApplicationWaitingForQuotaEvent event) {
        jdbc.update("""
                UPDATE degree_application_view SET status = 'WAITING_FOR_QUOTA', reviewed_at = ?
                 WHERE application_id = ?""", at(event.reviewedAt()), event.applicationId());
    }

    @EventHandler
    void on(ApplicationQueuedForQuotaEvent event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE degree_application_view SET queue_seq = ? WHERE application_id = ?", sequence,
                event.applicationId());
    }

    @EventHandler
    void on(SubsidyPlaceReservedEvent event) {
        if (event.fromQueue()) {
            leaveQueue(event.applicationId());
        }
    }

    @EventHandler
    void on(ApplicationLeftQuotaQueueEvent event) {
        leaveQueue(event.applicationId());
    }

    @EventHandler
    void on(DegreeApplicationRejectedEvent event) {
        jdbc.update("""
                UPDATE degree_application_view
                   SET status = 'REJECTED', reason = ?, closed_at = ?, queue_seq = NULL
                 WHERE application_id = ?""", event.reason(), at(event.rejectedAt()), event.applicationId());
    }

    @EventHandler
    void on(DegreeApplicationAdmittedEvent event) {
        jdbc.update("UPDATE degree_application_view SET status = 'ADMITTED', admitted_at = ? WHERE application_id = ?",
                at(event.admittedAt()), event.applicationId());
    }

    @EventHandler
    void on(SubsidyPaidEvent event) {
        jdbc.update("""
                INSERT INTO degree_payment_view (payment_id, application_id, amount, total_paid, paid_at)
                VALUES (?, ?, ?, ?, ?)""",
                event.paymentId(), event.applicationId(), event.amount(), event.totalPaid(), at(event.paidAt()));
        jdbc.update("UPDATE degree_application_view SET paid_amount = ? WHERE application_id = ?",
                event.totalPaid(), event.applicationId());
    }

    @EventHandler
    void on(DegreeApplicationGraduatedEvent event) {
        jdbc.update("UPDATE degree_application_view SET status = 'GRADUATED', closed_at = ? WHERE application_id = ?",
                at(event.graduatedAt()), event.applicationId());
    }

    @EventHandler
    void on(DegreeApplicationWithdrawnEvent event) {
        jdbc.update("""
                UPDATE degree_application_view
                   SET status = 'WITHDRAWN', reason = ?, place_released = ?, closed_at = ?, queue_seq = NULL
                 WHERE application_id = ?""",
                event.reason(), event.placeReleased(), at(event.withdrawnAt()), event.applicationId());
    }

    private void leaveQueue(String applicationId) {
        jdbc.update("UPDATE degree_application_view SET queue_seq = NULL WHERE application_id = ?", applicationId);
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
