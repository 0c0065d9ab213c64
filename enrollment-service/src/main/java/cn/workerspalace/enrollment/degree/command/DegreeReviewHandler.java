package cn.workerspalace.enrollment.degree.command;

import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.enrollment.degree.api.ApplicationStatus;
import cn.workerspalace.enrollment.degree.api.ApproveDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.PaySubsidyCommand;
import cn.workerspalace.enrollment.degree.api.RejectDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.WithdrawDegreeApplicationCommand;
import cn.workerspalace.enrollment.quota.api.SubsidyQuotaIds;
import cn.workerspalace.enrollment.quota.command.YearQuota;
import cn.workerspalace.enrollment.quota.command.YearQuota.Placement;
import cn.workerspalace.enrollment.quota.command.YearQuota.Release;
import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The steps that concern an application and its year's quota together (ADR 0003). Both aggregates are loaded
 * through their repositories in the command's unit of work, so their events are stored in one transaction or not
 * at all; the application is always locked first, then the quota, so two such commands never wait on each other
 * in a cycle. The application checks its status before the quota is touched, so a refused step loads no quota.
 */
@Component
class DegreeReviewHandler {

    private final Repository<DegreeApplication> applications;
    private final Repository<YearQuota> quotas;

    DegreeReviewHandler(Repository<DegreeApplication> applications, Repository<YearQuota> quotas) {
        this.applications = applications;
        this.quotas = quotas;
    }

    /** A place in the worker's city if one is free (APPROVED), otherwise the end of the city's queue. */
    @CommandHandler
    ApplicationStatus handle(ApproveDegreeApplicationCommand command) {
        Aggregate<DegreeApplication> application = applications.load(command.applicationId());
        application.execute(DegreeApplication::checkApprovable);
        String cityCode = application.invoke(DegreeApplication::cityCode);
        Placement placement = quotaOf(application)
                .invoke(quota -> quota.reserveOrQueue(command.applicationId(), cityCode));
        return application.invoke(a -> a.reviewPassed(placement.placeReserved(), command.now()));
    }

    /** A waiting application leaves the queue (or gives back the place the quota just reserved for it). */
    @CommandHandler
    void handle(RejectDegreeApplicationCommand command) {
        Aggregate<DegreeApplication> application = applications.load(command.applicationId());
        if (application.invoke(DegreeApplication::checkRejectable)) {
            release(application, command.applicationId());
        }
        application.execute(a -> a.reject(command.reason(), command.now()));
    }

    /** An unpaid place goes back to the quota, and from there to the head of the city's queue; a paid one stays. */
    @CommandHandler
    void handle(WithdrawDegreeApplicationCommand command) {
        Aggregate<DegreeApplication> application = applications.load(command.applicationId());
        Release release = application.invoke(DegreeApplication::checkWithdrawable)
                ? release(application, command.applicationId())
                : Release.NOTHING_HELD;
        application.execute(a -> a.withdraw(command.reason(), release == Release.PLACE_RELEASED, command.now()));
    }

    /** The cap is the quota's subsidy per place of the application's level. */
    @CommandHandler
    void handle(PaySubsidyCommand command) {
        Aggregate<DegreeApplication> application = applications.load(command.applicationId());
        application.execute(DegreeApplication::checkPayable);
        DegreeLevel level = application.invoke(DegreeApplication::level);
        BigDecimal subsidy = quotaOf(application).invoke(quota -> quota.subsidyPerPlace(level));
        application.execute(a -> a.pay(command.paymentId(), command.amount(), subsidy, command.now()));
    }

    private Release release(Aggregate<DegreeApplication> application, String applicationId) {
        String cityCode = application.invoke(DegreeApplication::cityCode);
        return quotaOf(application).invoke(quota -> quota.release(applicationId, cityCode));
    }

    private Aggregate<YearQuota> quotaOf(Aggregate<DegreeApplication> application) {
        return quotas.load(SubsidyQuotaIds.of(application.invoke(DegreeApplication::year)));
    }
}
