package cn.workerspalace.projection.degree.query;

import cn.workerspalace.contracts.degree.DegreeApplicationAdmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationApprovedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationGraduatedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationRejectedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWaitingForQuotaEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.projection.ingest.EventHandlers;
import cn.workerspalace.projection.ingest.ReadModel;
import cn.workerspalace.projection.ingest.ReadModelWrites;
import java.sql.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Table {@code degree_application}. An application's events share its id as key, so they arrive in order; every
 * write is still an upsert, so that an event arriving before the submission (which could not be read) is kept.
 */
@Component
class DegreeApplicationReadModel implements ReadModel {

    private final ReadModelWrites writes;

    DegreeApplicationReadModel(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public void subscribe(EventHandlers handlers) {
        handlers.on(DegreeApplicationSubmittedEvent.class, this::on)
                .on(DegreeApplicationApprovedEvent.class,
                        event -> status(event.applicationId(), "APPROVED", event.year(), event.cityCode()))
                .on(DegreeApplicationWaitingForQuotaEvent.class,
                        event -> status(event.applicationId(), "WAITING_FOR_QUOTA", event.year(), event.cityCode()))
                .on(DegreeApplicationRejectedEvent.class, event -> status(event.applicationId(), "REJECTED"))
                .on(DegreeApplicationAdmittedEvent.class, event -> status(event.applicationId(), "ADMITTED"))
                .on(DegreeApplicationGraduatedEvent.class, event -> status(event.applicationId(), "GRADUATED"))
                .on(DegreeApplicationWithdrawnEvent.class, event -> status(event.applicationId(), "WITHDRAWN"))
                .on(SubsidyPaidEvent.class, this::on);
    }

    void on(DegreeApplicationSubmittedEvent event) {
        // the status is left alone when the row exists: a later event of the application came first
        writes.upsert(event.applicationId(), """
                        insert into degree_application (application_id, worker_id, year, level, city_code, palace_id,
                            status, submitted_at)
                        values (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?)
                        on conflict (application_id) do update set worker_id = excluded.worker_id,
                            year = excluded.year, level = excluded.level, city_code = excluded.city_code,
                            palace_id = excluded.palace_id, submitted_at = excluded.submitted_at
                        """,
                event.applicationId(), event.workerId(), event.year(),
                        event.level() == null ? null : event.level().name(), event.cityCode(), event.palaceId(),
                        event.submittedAt() == null ? null : Timestamp.from(event.submittedAt()));
    }

    void on(SubsidyPaidEvent event) {
        // payments are accepted only once admitted; totalPaid is the application's own running total
        writes.upsert(event.applicationId(), """
                        insert into degree_application (application_id, status, paid_amount) values (?, 'ADMITTED', ?)
                        on conflict (application_id) do update set paid_amount = excluded.paid_amount
                        """,
                event.applicationId(), event.totalPaid());
    }

    private void status(String applicationId, String status) {
        status(applicationId, status, null, null);
    }

    private void status(String applicationId, String status, Integer year, String cityCode) {
        writes.upsert(applicationId, """
                        insert into degree_application (application_id, status, year, city_code) values (?, ?, ?, ?)
                        on conflict (application_id) do update set status = excluded.status,
                            year = coalesce(degree_application.year, excluded.year),
                            city_code = coalesce(degree_application.city_code, excluded.city_code)
                        """,
                applicationId, status, year, cityCode);
    }
}
