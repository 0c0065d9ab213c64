package cn.workerspalace.enrollment.worker.query;

import cn.workerspalace.contracts.enrollment.LegacyPersonalData;
import cn.workerspalace.contracts.enrollment.SealedPersonalData;
import cn.workerspalace.contracts.enrollment.WorkerPersonalDataErasedEvent;
import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import java.sql.Timestamp;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code worker_view} in the registering transaction, so a registered worker can sign up at once. Personal
 * data is kept as the event carries it (sealed), and dropped when it is erased.
 */
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
        Optional<SealedPersonalData> sealed = Optional.ofNullable(event.personalData());
        Optional<LegacyPersonalData> legacy = Optional.ofNullable(event.legacyPersonalData());
        jdbc.update("""
                INSERT INTO worker_view (worker_id, member_no, sealed_name, sealed_id_number, sealed_phone,
                                         legacy_name, legacy_id_number_masked, legacy_phone_masked, palace_id,
                                         city_code, service_point_id, front_line, migrant_worker, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.workerId(), event.memberNo(), sealed.map(SealedPersonalData::name).orElse(null),
                sealed.map(SealedPersonalData::idNumber).orElse(null), sealed.map(SealedPersonalData::phone).orElse(null),
                legacy.map(LegacyPersonalData::name).orElse(null),
                legacy.map(LegacyPersonalData::idNumberMasked).orElse(null),
                legacy.map(LegacyPersonalData::phoneMasked).orElse(null),
                event.palaceId(), event.cityCode(), event.servicePointId(), event.frontLine(), event.migrantWorker(),
                Timestamp.from(event.registeredAt()));
    }

    @EventHandler
    void on(WorkerPersonalDataErasedEvent event) {
        jdbc.update("""
                UPDATE worker_view
                   SET sealed_name = NULL, sealed_id_number = NULL, sealed_phone = NULL, legacy_name = NULL,
                       legacy_id_number_masked = NULL, legacy_phone_masked = NULL, personal_data_erased = true
                 WHERE worker_id = ?""", event.workerId());
    }
}
