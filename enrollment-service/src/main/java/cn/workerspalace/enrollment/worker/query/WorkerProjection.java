package cn.workerspalace.enrollment.worker.query;

import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code worker_view} in the registering transaction, so a registered worker can sign up at once. */
@Component
@ProcessingGroup(WorkerProjection.PROCESSING_GROUP)
public class WorkerProjection {

    public static final String PROCESSING_GROUP = "worker-view";
    private final JdbcTemplate jdbc;

    WorkerProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WorkerRegisteredEvent event) {
        jdbc.update("""
                INSERT INTO worker_view (worker_id, member_no, name, id_number_masked, phone_masked, palace_id,
                                         city_code, service_point_id, front_line, migrant_worker, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.workerId(), event.memberNo(), event.name(), event.idNumberMasked(), event.phoneMasked(),
                event.palaceId(), event.cityCode(), event.servicePointId(), event.frontLine(), event.migrantWorker(),
                Timestamp.from(event.registeredAt()));
    }
}
