package cn.workerspalace.enrollment.degree.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** The body of {@code POST /api/degree-applications/{id}/payments}: yuan, at most two decimals. */
record PaymentRequest(@NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal amount) {
}
