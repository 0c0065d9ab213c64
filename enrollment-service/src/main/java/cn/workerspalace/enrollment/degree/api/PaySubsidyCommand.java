package cn.workerspalace.enrollment.degree.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An instalment of the subsidy (yuan) paid to an admitted student. */
public record PaySubsidyCommand(
        @TargetAggregateIdentifier String applicationId,
        String paymentId,
        BigDecimal amount,
        Instant now) {
}
