package cn.workerspalace.contracts.enrollment;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/**
 * A worker registered with a palace. Personal data never travels in clear: the national ID number is carried
 * masked ({@code 370102********1234}) and as a keyed digest (for uniqueness checks), the phone number masked.
 */
@Revision("1")
public record WorkerRegisteredEvent(
        String workerId,
        String memberNo,
        String name,
        String idNumberMasked,
        String idNumberDigest,
        String phoneMasked,
        String palaceId,
        String cityCode,
        String servicePointId,
        boolean frontLine,
        boolean migrantWorker,
        Instant registeredAt) {
}
