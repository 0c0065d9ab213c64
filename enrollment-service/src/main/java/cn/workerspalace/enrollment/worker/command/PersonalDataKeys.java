package cn.workerspalace.enrollment.worker.command;

import cn.workerspalace.contracts.enrollment.SealedPersonalData;
import cn.workerspalace.contracts.enrollment.WorkerPersonalDataErasedEvent;
import cn.workerspalace.enrollment.worker.pii.PersonalData;
import cn.workerspalace.enrollment.worker.pii.PersonalDataVault;
import cn.workerspalace.enrollment.worker.pii.WorkerDataKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The life of a worker's data key on the write side: made when the worker registers, destroyed by a subscribing
 * handler in the same transaction that records the erasure, so the event and the shredding stand or fall together.
 */
@Component
@ProcessingGroup(PersonalDataKeys.PROCESSING_GROUP)
class PersonalDataKeys implements PersonalDataSealing {

    static final String PROCESSING_GROUP = "worker-data-keys";
    private final PersonalDataVault vault;
    private final WorkerDataKeys keys;

    PersonalDataKeys(PersonalDataVault vault, WorkerDataKeys keys) {
        this.vault = vault;
        this.keys = keys;
    }

    @Override
    public SealedPersonalData seal(String workerId, PersonalData data) {
        return vault.seal(workerId, data);
    }

    @EventHandler
    void on(WorkerPersonalDataErasedEvent event) {
        keys.destroy(event.workerId());
    }
}
