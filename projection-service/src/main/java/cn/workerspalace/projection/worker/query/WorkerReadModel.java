package cn.workerspalace.projection.worker.query;

import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import cn.workerspalace.projection.ingest.EventHandlers;
import cn.workerspalace.projection.ingest.ReadModel;
import cn.workerspalace.projection.ingest.ReadModelWrites;
import java.sql.Timestamp;
import org.springframework.stereotype.Component;

/** Table {@code worker}: no name, ID number or phone, not even masked. */
@Component
class WorkerReadModel implements ReadModel {

    private final ReadModelWrites writes;

    WorkerReadModel(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public void subscribe(EventHandlers handlers) {
        handlers.on(WorkerRegisteredEvent.class, this::on);
    }

    void on(WorkerRegisteredEvent event) {
        writes.write("""
                        insert into worker (worker_id, palace_id, city_code, service_point_id, front_line,
                            migrant_worker, registered_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (worker_id) do nothing
                        """,
                event.workerId(), event.palaceId(), event.cityCode(), event.servicePointId(),
                        event.frontLine(), event.migrantWorker(),
                        event.registeredAt() == null ? null : Timestamp.from(event.registeredAt()));
    }
}
