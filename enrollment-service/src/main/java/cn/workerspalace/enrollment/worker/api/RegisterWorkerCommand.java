package cn.workerspalace.enrollment.worker.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a worker. Carries personal data only masked and as a digest: the clear ID number stops at the web layer. */
public record RegisterWorkerCommand(
        @TargetAggregateIdentifier String workerId,
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
