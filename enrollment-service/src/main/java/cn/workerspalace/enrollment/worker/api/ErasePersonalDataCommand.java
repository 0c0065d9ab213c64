package cn.workerspalace.enrollment.worker.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases a worker's personal data on their request: destroys their data key. Erasing twice changes nothing. */
public record ErasePersonalDataCommand(@TargetAggregateIdentifier String workerId, Instant erasedAt) {
}
