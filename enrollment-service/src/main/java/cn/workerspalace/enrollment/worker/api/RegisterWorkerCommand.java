package cn.workerspalace.enrollment.worker.api;

import cn.workerspalace.enrollment.worker.pii.PersonalData;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a worker. The personal data is in clear until the Worker seals it under the worker's new data key; it
 * prints masked ({@link PersonalData#toString()}), so a logged command shows no ID number or phone.
 */
public record RegisterWorkerCommand(
        @TargetAggregateIdentifier String workerId,
        String memberNo,
        PersonalData personalData,
        String idNumberDigest,
        String palaceId,
        String cityCode,
        String servicePointId,
        boolean frontLine,
        boolean migrantWorker,
        Instant registeredAt) {
}
