package cn.workerspalace.contracts.enrollment;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/**
 * A worker registered with a palace. Personal data never travels in clear: name, national ID number and phone
 * travel only sealed under the worker's own data key ({@code personalData}), which erasure destroys
 * (crypto-shredding); the keyed digest of the ID number serves the uniqueness check.
 *
 * <p>Revision 2 introduced the sealed form. A revision 1 payload (name in clear, ID number and phone masked) is read
 * with {@code personalData} null and its values in {@code legacyPersonalData}; revision 2 events leave that null.
 */
@Revision("2")
public record WorkerRegisteredEvent(
        String workerId,
        String memberNo,
        String idNumberDigest,
        SealedPersonalData personalData,
        LegacyPersonalData legacyPersonalData,
        String palaceId,
        String cityCode,
        String servicePointId,
        boolean frontLine,
        boolean migrantWorker,
        Instant registeredAt) {
}
