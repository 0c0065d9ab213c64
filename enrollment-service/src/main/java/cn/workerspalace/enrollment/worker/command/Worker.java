package cn.workerspalace.enrollment.worker.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.workerspalace.contracts.enrollment.WorkerPersonalDataErasedEvent;
import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import cn.workerspalace.enrollment.worker.api.ErasePersonalDataCommand;
import cn.workerspalace.enrollment.worker.api.IdNumberAlreadyRegisteredException;
import cn.workerspalace.enrollment.worker.api.RegisterWorkerCommand;
import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A registered worker. Its sign-ups belong to the rosters, its degree applications are aggregates of their own. */
@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class Worker {

    @AggregateIdentifier
    private String workerId;
    private boolean personalDataErased;

    Worker() {
        // for Axon
    }

    /**
     * The registry check refuses the usual second registration with a clear answer; a concurrent one that slips
     * past it is refused by the lookup table's unique key in the same transaction. The personal data leaves the
     * command only sealed under the worker's new data key.
     */
    @CommandHandler
    Worker(RegisterWorkerCommand command, IdNumberRegistry registry, PersonalDataSealing sealing) {
        if (registry.isRegistered(command.idNumberDigest())) {
            throw new IdNumberAlreadyRegisteredException();
        }
        apply(new WorkerRegisteredEvent(command.workerId(), command.memberNo(), command.idNumberDigest(),
                sealing.seal(command.workerId(), command.personalData()), null, command.palaceId(),
                command.cityCode(), command.servicePointId(), command.frontLine(), command.migrantWorker(),
                command.registeredAt()));
    }

    @CommandHandler
    void handle(ErasePersonalDataCommand command) {
        if (!personalDataErased) {
            apply(new WorkerPersonalDataErasedEvent(workerId, command.erasedAt()));
        }
    }

    @EventSourcingHandler
    void on(WorkerRegisteredEvent event) {
        workerId = event.workerId();
    }

    @EventSourcingHandler
    void on(WorkerPersonalDataErasedEvent event) {
        personalDataErased = true;
    }
}
