package cn.workerspalace.enrollment.degree.web;

import cn.workerspalace.enrollment.ProgrammeTime;
import cn.workerspalace.enrollment.degree.query.DegreeApplicationQueries.ApplicationView;
import cn.workerspalace.enrollment.degree.query.DegreeApplicationQueries.PaymentView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The answers of the degree application endpoints. */
final class ApplicationResponses {

    private ApplicationResponses() {
    }

    /**
     * An application. {@code queuePosition}: its 1-based place in its city's queue while WAITING_FOR_QUOTA (null
     * once the quota reserved a place for it); {@code placeReleased}: set when WITHDRAWN, true when an unpaid
     * place went back to the quota.
     */
    record ApplicationResponse(
            String id,
            String workerId,
            int year,
            String level,
            String school,
            String major,
            String palaceId,
            String cityCode,
            String status,
            BigDecimal paidAmount,
            Integer queuePosition,
            OffsetDateTime submittedAt,
            OffsetDateTime reviewedAt,
            OffsetDateTime approvedAt,
            OffsetDateTime admittedAt,
            OffsetDateTime closedAt,
            String reason,
            Boolean placeReleased,
            List<Payment> payments) {

        static ApplicationResponse of(ApplicationView application, List<PaymentView> payments) {
            return new ApplicationResponse(application.applicationId(), application.workerId(), application.year(),
                    application.level(), application.school(), application.major(), application.palaceId(),
                    application.cityCode(), application.status(), application.paidAmount(),
                    application.queuePosition(), ProgrammeTime.local(application.submittedAt()),
                    ProgrammeTime.local(application.reviewedAt()), ProgrammeTime.local(application.approvedAt()),
                    ProgrammeTime.local(application.admittedAt()), ProgrammeTime.local(application.closedAt()),
                    application.reason(), application.placeReleased(),
                    payments.stream().map(Payment::of).toList());
        }
    }

    /** {@code totalPaid}: the application's total after this payment. */
    record Payment(String id, BigDecimal amount, BigDecimal totalPaid, OffsetDateTime paidAt) {

        static Payment of(PaymentView payment) {
            return new Payment(payment.paymentId(), payment.amount(), payment.totalPaid(),
                    ProgrammeTime.local(payment.paidAt()));
        }
    }

    /** The answer to a payment: the payment, and where the application stands. */
    record PaymentResponse(String id, String applicationId, BigDecimal amount, BigDecimal paidAmount,
                           OffsetDateTime paidAt) {
    }
}
