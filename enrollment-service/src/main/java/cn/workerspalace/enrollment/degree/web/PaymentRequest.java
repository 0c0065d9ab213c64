package cn.workerspalace.enrollment.degree.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** The body of {@code POST /api/degree-applications/{id}/payments}: yuan, at most two decimals. */
@Schema(description = "An instalment of the subsidy")
record PaymentRequest(
        @Schema(description = "Yuan, at most two decimals; all instalments together at most the level's subsidy",
                example = "2000.00")
        @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal amount) {
}
