package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;
import java.math.BigDecimal;
import java.time.Instant;

/** An instalment of the subsidy was paid; {@code totalPaid} never exceeds the level's subsidy per place. */
@Revision("1")
public record SubsidyPaidEvent(
        String applicationId,
        String paymentId,
        BigDecimal amount,
        BigDecimal totalPaid,
        Instant paidAt) {
}
