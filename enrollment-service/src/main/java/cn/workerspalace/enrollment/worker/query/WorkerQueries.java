package cn.workerspalace.enrollment.worker.query;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code worker_view}. */
@Repository
public class WorkerQueries {

    private final JdbcTemplate jdbc;

    WorkerQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String workerId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM worker_view WHERE worker_id = ?)", Boolean.class, workerId));
    }

    public Optional<WorkerView> find(String workerId) {
        return jdbc.query("""
                SELECT worker_id, member_no, name, id_number_masked, phone_masked, palace_id, city_code,
                       service_point_id, front_line, migrant_worker, registered_at
                  FROM worker_view WHERE worker_id = ?""",
                (row, n) -> new WorkerView(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getBoolean(9),
                        row.getBoolean(10), row.getTimestamp(11).toInstant()),
                workerId).stream().findFirst();
    }

    /** A worker as stored in the view: personal data masked. */
    public record WorkerView(String workerId, String memberNo, String name, String idNumberMasked,
                             String phoneMasked, String palaceId, String cityCode, String servicePointId,
                             boolean frontLine, boolean migrantWorker, Instant registeredAt) {
    }
}
