package cn.workerspalace.enrollment.worker.command;

import cn.workerspalace.contracts.enrollment.WorkerPersonalDataErasedEvent;
import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import cn.workerspalace.enrollment.worker.api.IdNumberAlreadyRegisteredException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lookup table of registered ID number digests, written by a subscribing handler in the registering command's
 * transaction: a duplicate digest fails the insert and rolls the registration back with its event. Erasure removes
 * the worker's row: nothing is left that would recognise their ID number.
 */
@Component
@ProcessingGroup(IdNumberLookup.PROCESSING_GROUP)
public class IdNumberLookup implements IdNumberRegistry {

    public static final String PROCESSING_GROUP = "worker-id-number-lookup";
    private final JdbcTemplate jdbc;

    IdNumberLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isRegistered(String idNumberDigest) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM worker_id_number_lookup WHERE id_number_digest = ?)",
                Boolean.class, idNumberDigest));
    }

    @EventHandler
    void on(WorkerRegisteredEvent event) {
        try {
            jdbc.update("INSERT INTO worker_id_number_lookup (id_number_digest, worker_id) VALUES (?, ?)",
                    event.idNumberDigest(), event.workerId());
        } catch (DuplicateKeyException e) {
            throw new IdNumberAlreadyRegisteredException();
        }
    }

    @EventHandler
    void on(WorkerPersonalDataErasedEvent event) {
        jdbc.update("DELETE FROM worker_id_number_lookup WHERE worker_id = ?", event.workerId());
    }
}
