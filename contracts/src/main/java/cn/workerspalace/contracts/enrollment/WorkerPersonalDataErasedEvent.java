package cn.workerspalace.contracts.enrollment;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/**
 * A worker's personal data was erased on request: their data key is destroyed, so the sealed name, ID number and
 * phone of every stored and published event can no longer be read. Carries no personal data itself; sign-ups,
 * applications and figures are not affected.
 */
@Revision("1")
public record WorkerPersonalDataErasedEvent(String workerId, Instant erasedAt) {
}
