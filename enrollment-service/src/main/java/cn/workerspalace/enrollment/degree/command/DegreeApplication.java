package cn.workerspalace.enrollment.degree.command;

import static cn.workerspalace.enrollment.degree.api.ApplicationStatus.ADMITTED;
import static cn.workerspalace.enrollment.degree.api.ApplicationStatus.APPROVED;
import static cn.workerspalace.enrollment.degree.api.ApplicationStatus.SUBMITTED;
import static cn.workerspalace.enrollment.degree.api.ApplicationStatus.WAITING_FOR_QUOTA;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.workerspalace.contracts.degree.DegreeApplicationAdmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationApprovedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationGraduatedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationRejectedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWaitingForQuotaEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.enrollment.degree.api.AdmitDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.AlreadyFundedException;
import cn.workerspalace.enrollment.degree.api.ApplicationStatus;
import cn.workerspalace.enrollment.degree.api.ApproveReservedApplicationCommand;
import cn.workerspalace.enrollment.degree.api.GraduateDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.NotEligibleException;
import cn.workerspalace.enrollment.degree.api.OpenApplicationExistsException;
import cn.workerspalace.enrollment.degree.api.SubmitDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.SubsidyExceededException;
import cn.workerspalace.enrollment.degree.api.WrongApplicationStatusException;
import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import cn.workerspalace.platform.web.InvalidCommandException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One worker's application for a subsidised degree (求学圆梦) in a year. Submission, admission, graduation and the
 * approval of a waiting application whose place the quota reserved are commands of its own; the steps that also
 * change the year's quota (approve, reject, withdraw) and payment (capped by the quota's subsidy per place) are
 * driven by {@link DegreeReviewHandler}, which calls the package-private steps below on this aggregate and the
 * quota in one unit of work.
 */
@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class DegreeApplication {

    private static final Set<ApplicationStatus> REJECTABLE = EnumSet.of(SUBMITTED, WAITING_FOR_QUOTA);
    private static final Set<ApplicationStatus> WITHDRAWABLE = EnumSet.of(SUBMITTED, WAITING_FOR_QUOTA, APPROVED,
            ADMITTED);

    @AggregateIdentifier
    private String applicationId;
    private int year;
    private DegreeLevel level;
    private String cityCode;
    private ApplicationStatus status;
    private BigDecimal paidAmount;

    DegreeApplication() {
        // for Axon
    }

    /**
     * Eligibility (a documented rule): only workers registered as front-line workers may apply. Then at most one
     * open application per worker, and one subsidy per level for life. A concurrent submission that slips past the
     * registry is refused by the lookup tables' unique keys in the same transaction.
     */
    @CommandHandler
    DegreeApplication(SubmitDegreeApplicationCommand command, ApplicationRegistry registry) {
        if (!command.frontLine()) {
            throw new NotEligibleException(command.workerId());
        }
        if (registry.hasOpenApplication(command.workerId())) {
            throw new OpenApplicationExistsException(command.workerId());
        }
        if (registry.isFunded(command.workerId(), command.level())) {
            throw new AlreadyFundedException(command.workerId(), command.level());
        }
        apply(new DegreeApplicationSubmittedEvent(command.applicationId(), command.workerId(), command.year(),
                command.level(), command.school(), command.major(), command.palaceId(), command.cityCode(),
                command.submittedAt()));
    }

    @CommandHandler
    void handle(AdmitDegreeApplicationCommand command) {
        require("admit", EnumSet.of(APPROVED));
        apply(new DegreeApplicationAdmittedEvent(applicationId, command.now()));
    }

    @CommandHandler
    void handle(GraduateDegreeApplicationCommand command) {
        require("graduate", EnumSet.of(ADMITTED));
        apply(new DegreeApplicationGraduatedEvent(applicationId, command.now()));
    }

    /** Only a waiting application is approved; any other (approved already, withdrawn meanwhile) ignores it. */
    @CommandHandler
    void handle(ApproveReservedApplicationCommand command) {
        if (status == WAITING_FOR_QUOTA) {
            apply(new DegreeApplicationApprovedEvent(applicationId, year, cityCode, command.reservedAt()));
        }
    }

    // ---- steps driven by the review handler together with the quota

    int year() {
        return year;
    }

    String cityCode() {
        return cityCode;
    }

    DegreeLevel level() {
        return level;
    }

    void checkApprovable() {
        require("approve", EnumSet.of(SUBMITTED));
    }

    /** After the quota answered: APPROVED with the reserved place, or WAITING_FOR_QUOTA in the city's queue. */
    ApplicationStatus reviewPassed(boolean placeReserved, Instant now) {
        checkApprovable();
        if (placeReserved) {
            apply(new DegreeApplicationApprovedEvent(applicationId, year, cityCode, now));
        } else {
            apply(new DegreeApplicationWaitingForQuotaEvent(applicationId, year, cityCode, now));
        }
        return status;
    }

    /** True when the quota holds something for this application that must go back first (it waits). */
    boolean checkRejectable() {
        require("reject", REJECTABLE);
        return status == WAITING_FOR_QUOTA;
    }

    void reject(String reason, Instant now) {
        require("reject", REJECTABLE);
        apply(new DegreeApplicationRejectedEvent(applicationId, reason, now));
    }

    /**
     * True when the quota holds something for this application that goes back: a queue place, or a reserved place
     * not yet paid. A paid place stays used.
     */
    boolean checkWithdrawable() {
        require("withdraw", WITHDRAWABLE);
        return status != SUBMITTED && paidAmount.signum() == 0;
    }

    void withdraw(String reason, boolean placeReleased, Instant now) {
        require("withdraw", WITHDRAWABLE);
        apply(new DegreeApplicationWithdrawnEvent(applicationId, reason, placeReleased, now));
    }

    /** Payments only while ADMITTED (not after graduation), in instalments up to the level's subsidy in all. */
    void checkPayable() {
        require("payment", EnumSet.of(ADMITTED));
    }

    void pay(String paymentId, BigDecimal amount, BigDecimal subsidyPerPlace, Instant now) {
        checkPayable();
        if (amount.signum() <= 0) {
            throw new InvalidCommandException("amount", "must be greater than 0");
        }
        BigDecimal total = paidAmount.add(amount);
        if (total.compareTo(subsidyPerPlace) > 0) {
            throw new SubsidyExceededException(applicationId, amount, paidAmount, subsidyPerPlace);
        }
        apply(new SubsidyPaidEvent(applicationId, paymentId, amount, total, now));
    }

    private void require(String step, Set<ApplicationStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new WrongApplicationStatusException(applicationId, step, status, allowed);
        }
    }

    // ---- state

    @EventSourcingHandler
    void on(DegreeApplicationSubmittedEvent event) {
        applicationId = event.applicationId();
        year = event.year();
        level = event.level();
        cityCode = event.cityCode();
        status = SUBMITTED;
        paidAmount = BigDecimal.ZERO;
    }

    @EventSourcingHandler
    void on(DegreeApplicationApprovedEvent event) {
        status = APPROVED;
    }

    @EventSourcingHandler
    void on(DegreeApplicationWaitingForQuotaEvent event) {
        status = WAITING_FOR_QUOTA;
    }

    @EventSourcingHandler
    void on(DegreeApplicationRejectedEvent event) {
        status = ApplicationStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(DegreeApplicationAdmittedEvent event) {
        status = ADMITTED;
    }

    @EventSourcingHandler
    void on(SubsidyPaidEvent event) {
        paidAmount = event.totalPaid();
    }

    @EventSourcingHandler
    void on(DegreeApplicationGraduatedEvent event) {
        status = ApplicationStatus.GRADUATED;
    }

    @EventSourcingHandler
    void on(DegreeApplicationWithdrawnEvent event) {
        status = ApplicationStatus.WITHDRAWN;
    }
}
