package cn.workerspalace.platform.axon;

import cn.workerspalace.contracts.EventTypes;
import org.axonframework.serialization.RevisionResolver;

/**
 * Reads the contracts' own {@code @Revision} annotation, so the contracts module needs no Axon on its classpath
 * while the event store still records each payload's revision.
 */
class ContractRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        return EventTypes.revisionOf(payloadType);
    }
}
