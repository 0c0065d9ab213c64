package cn.workerspalace.enrollment.worker.query;

import cn.workerspalace.contracts.enrollment.LegacyPersonalData;
import cn.workerspalace.contracts.enrollment.SealedPersonalData;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code worker_view}. */
@Repository
public class WorkerQueries {

    /** About as many as the province has active trainees: each entry is an id. */
    private static final int KNOWN_WORKERS_KEPT = 200_000;

    private final JdbcTemplate jdbc;
    /**
     * Workers seen in the view. A worker is never removed (erasure keeps the row), so a worker once found exists for
     * good and a sign-up need not ask the database again; an unknown id is asked every time.
     */
    private final Set<String> known = Collections.newSetFromMap(
            Caffeine.newBuilder().maximumSize(KNOWN_WORKERS_KEPT).<String, Boolean>build().asMap());

    WorkerQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String workerId) {
        if (known.contains(workerId)) {
            return true;
        }
        boolean found = Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM worker_view WHERE worker_id = ?)", Boolean.class, workerId));
        if (found) {
            known.add(workerId);
        }
        return found;
    }

    public Optional<WorkerView> find(String workerId) {
        return jdbc.query("""
                SELECT worker_id, member_no, sealed_name, sealed_id_number, sealed_phone, legacy_name,
                       legacy_id_number_masked, legacy_phone_masked, personal_data_erased, palace_id, city_code,
                       service_point_id, front_line, migrant_worker, registered_at
                  FROM worker_view WHERE worker_id = ?""",
                (row, n) -> new WorkerView(row.getString(1), row.getString(2), sealed(row), legacy(row),
                        row.getBoolean(9), row.getString(10), row.getString(11), row.getString(12),
                        row.getBoolean(13), row.getBoolean(14), row.getTimestamp(15).toInstant()),
                workerId).stream().findFirst();
    }

    private static SealedPersonalData sealed(ResultSet row) throws SQLException {
        return row.getString(3) == null ? null
                : new SealedPersonalData(row.getString(3), row.getString(4), row.getString(5));
    }

    private static LegacyPersonalData legacy(ResultSet row) throws SQLException {
        return row.getString(7) == null ? null
                : new LegacyPersonalData(row.getString(6), row.getString(7), row.getString(8));
    }

    /**
     * A worker as stored in the view: personal data sealed (or, for a worker registered before revision 2 of the
     * event, as it carried it), both null once erased.
     */
    public record WorkerView(String workerId, String memberNo, SealedPersonalData sealedPersonalData,
                             LegacyPersonalData legacyPersonalData, boolean personalDataErased, String palaceId,
                             String cityCode, String servicePointId, boolean frontLine, boolean migrantWorker,
                             Instant registeredAt) {
    }
}
