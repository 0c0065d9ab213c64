package cn.workerspalace.enrollment.degree.command;

import cn.workerspalace.contracts.degree.DegreeApplicationApprovedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationGraduatedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationRejectedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.enrollment.degree.api.AlreadyFundedException;
import cn.workerspalace.enrollment.degree.api.OpenApplicationExistsException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lookup tables behind the submission rules, written by a subscribing handler in the command's transaction
 * (set-based validation): {@code degree_open_application} has one row per worker with an open application, and
 * {@code degree_funding} one row per worker and level funded. A concurrent second submission fails the unique key
 * and rolls back with its event. An application is funded from its approval; a withdrawal that released an unpaid
 * place un-funds it; graduation and a paid withdrawal keep it funded.
 */
@Component
@ProcessingGroup(ApplicationLookup.PROCESSING_GROUP)
class ApplicationLookup implements ApplicationRegistry {

    static final String PROCESSING_GROUP = "degree-application-lookup";
    private final JdbcTemplate jdbc;

    ApplicationLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasOpenApplication(String workerId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM degree_open_application WHERE worker_id = ?)", Boolean.class,
                workerId));
    }

    @Override
    public boolean isFunded(String workerId, DegreeLevel level) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM degree_funding WHERE worker_id = ? AND level = ?)", Boolean.class,
                workerId, level.name()));
    }

    @EventHandler
    void on(DegreeApplicationSubmittedEvent event) {
        try {
            jdbc.update("INSERT INTO degree_open_application (worker_id, application_id, level) VALUES (?, ?, ?)",
                    event.workerId(), event.applicationId(), event.level().name());
        } catch (DuplicateKeyException e) {
            throw new OpenApplicationExistsException(event.workerId());
        }
    }

    /** Cannot fail while the open-application rule holds; the unique key guards it all the same. */
    @EventHandler
    void on(DegreeApplicationApprovedEvent event) {
        OpenApplication open = jdbc.queryForObject(
                "SELECT worker_id, level FROM degree_open_application WHERE application_id = ?",
                (row, n) -> new OpenApplication(row.getString(1), DegreeLevel.valueOf(row.getString(2))),
                event.applicationId());
        int funded = jdbc.update("""
                INSERT INTO degree_funding (worker_id, level, application_id) VALUES (?, ?, ?)
                ON CONFLICT (worker_id, level) DO NOTHING""",
                open.workerId(), open.level().name(), event.applicationId());
        if (funded == 0) {
            throw new AlreadyFundedException(open.workerId(), open.level());
        }
    }

    @EventHandler
    void on(DegreeApplicationRejectedEvent event) {
        close(event.applicationId());
    }

    @EventHandler
    void on(DegreeApplicationGraduatedEvent event) {
        close(event.applicationId());
    }

    @EventHandler
    void on(DegreeApplicationWithdrawnEvent event) {
        close(event.applicationId());
        if (event.placeReleased()) {
            jdbc.update("DELETE FROM degree_funding WHERE application_id = ?", event.applicationId());
        }
    }

    private void close(String applicationId) {
        jdbc.update("DELETE FROM degree_open_application WHERE application_id = ?", applicationId);
    }

    private record OpenApplication(String workerId, DegreeLevel level) {
    }
}
