package cn.workerspalace.enrollment.degree.query;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads degree applications, their payments and their place in their city's queue. */
@Repository
public class DegreeApplicationQueries {

    private static final String SELECT = """
            SELECT a.application_id, a.worker_id, a.year, a.level, a.school, a.major, a.palace_id, a.city_code,
                   a.status, a.paid_amount, a.submitted_at, a.reviewed_at, a.approved_at, a.admitted_at, a.closed_at,
                   a.reason, a.place_released,
                   CASE WHEN a.queue_seq IS NOT NULL THEN
                       (SELECT count(*)::integer FROM degree_application_view ahead
                         WHERE ahead.year = a.year AND ahead.city_code = a.city_code
                           AND ahead.queue_seq IS NOT NULL AND ahead.queue_seq <= a.queue_seq)
                   END
              FROM degree_application_view a
            """;

    private final JdbcTemplate jdbc;

    DegreeApplicationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String applicationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM degree_application_view WHERE application_id = ?)", Boolean.class,
                applicationId));
    }

    public Optional<ApplicationView> find(String applicationId) {
        return jdbc.query(SELECT + " WHERE a.application_id = ?", DegreeApplicationQueries::application,
                applicationId).stream().findFirst();
    }

    /** The worker's applications, oldest first. */
    public List<ApplicationView> applicationsOf(String workerId) {
        return jdbc.query(SELECT + " WHERE a.worker_id = ? ORDER BY a.submitted_at, a.application_id",
                DegreeApplicationQueries::application, workerId);
    }

    public List<PaymentView> paymentsOf(String applicationId) {
        return jdbc.query("""
                SELECT payment_id, amount, total_paid, paid_at FROM degree_payment_view
                 WHERE application_id = ? ORDER BY total_paid""",
                (row, n) -> new PaymentView(row.getString(1), row.getBigDecimal(2), row.getBigDecimal(3),
                        row.getTimestamp(4).toInstant()), applicationId);
    }

    private static ApplicationView application(ResultSet row, int n) throws SQLException {
        return new ApplicationView(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                row.getBigDecimal(10), instant(row.getTimestamp(11)), instant(row.getTimestamp(12)),
                instant(row.getTimestamp(13)), instant(row.getTimestamp(14)), instant(row.getTimestamp(15)),
                row.getString(16), row.getObject(17, Boolean.class), row.getObject(18, Integer.class));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * An application as the views hold it. {@code queuePosition}: 1-based, while it waits in its city's queue.
     * {@code closedAt}: when it was rejected, graduated or withdrawn.
     */
    public record ApplicationView(String applicationId, String workerId, int year, String level, String school,
                                  String major, String palaceId, String cityCode, String status,
                                  BigDecimal paidAmount, Instant submittedAt, Instant reviewedAt,
                                  Instant approvedAt, Instant admittedAt, Instant closedAt, String reason,
                                  Boolean placeReleased, Integer queuePosition) {
    }

    public record PaymentView(String paymentId, BigDecimal amount, BigDecimal totalPaid, Instant paidAt) {
    }
}
