package cn.workerspalace.enrollment.degree.web;

import cn.workerspalace.enrollment.ProgrammeTime;
import cn.workerspalace.enrollment.degree.api.AdmitDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.ApproveDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.GraduateDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.PaySubsidyCommand;
import cn.workerspalace.enrollment.degree.api.RejectDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.SubmitDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.api.WithdrawDegreeApplicationCommand;
import cn.workerspalace.enrollment.degree.query.DegreeApplicationQueries;
import cn.workerspalace.enrollment.degree.query.DegreeApplicationQueries.PaymentView;
import cn.workerspalace.enrollment.degree.web.ApplicationResponses.ApplicationResponse;
import cn.workerspalace.enrollment.degree.web.ApplicationResponses.PaymentResponse;
import cn.workerspalace.enrollment.quota.query.QuotaQueries;
import cn.workerspalace.enrollment.worker.query.WorkerQueries;
import cn.workerspalace.enrollment.worker.query.WorkerQueries.WorkerView;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 求学圆梦 applications: submitted for a registered worker (the city is that of the worker's palace), reviewed,
 * admitted, paid in instalments, graduated or withdrawn. Every step answers the application as it stands after it.
 * An unknown worker, year without a quota, or application is answered 404.
 */
@RestController
@RequestMapping("/api/degree-applications")
class DegreeApplicationController {

    private final CommandGateway commands;
    private final DegreeApplicationQueries applications;
    private final WorkerQueries workers;
    private final QuotaQueries quotas;
    private final Clock clock;

    DegreeApplicationController(CommandGateway commands, DegreeApplicationQueries applications,
                                WorkerQueries workers, QuotaQueries quotas, Clock clock) {
        this.commands = commands;
        this.applications = applications;
        this.workers = workers;
        this.quotas = quotas;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ApplicationResponse> submit(@Valid @RequestBody SubmitApplicationRequest request) {
        WorkerView worker = workers.find(request.workerId())
                .orElseThrow(() -> new ResourceNotFoundException("worker", request.workerId()));
        if (!quotas.exists(request.year())) {
            throw new ResourceNotFoundException("subsidy quota of year", String.valueOf(request.year()));
        }
        String id = request.id() != null ? request.id() : UUID.randomUUID().toString();
        commands.sendAndWait(new SubmitDegreeApplicationCommand(id, worker.workerId(), request.year(),
                request.level(), request.school(), request.major(), worker.palaceId(), worker.cityCode(),
                worker.frontLine(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/degree-applications/" + id)).body(application(id));
    }

    @PostMapping("/{id}/approve")
    ApplicationResponse approve(@PathVariable String id) {
        requireApplication(id);
        commands.sendAndWait(new ApproveDegreeApplicationCommand(id, clock.instant()));
        return application(id);
    }

    @PostMapping("/{id}/reject")
    ApplicationResponse reject(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        requireApplication(id);
        commands.sendAndWait(new RejectDegreeApplicationCommand(id, request.reason(), clock.instant()));
        return application(id);
    }

    @PostMapping("/{id}/admit")
    ApplicationResponse admit(@PathVariable String id) {
        requireApplication(id);
        commands.sendAndWait(new AdmitDegreeApplicationCommand(id, clock.instant()));
        return application(id);
    }

    @PostMapping("/{id}/payments")
    ResponseEntity<PaymentResponse> pay(@PathVariable String id, @Valid @RequestBody PaymentRequest request) {
        requireApplication(id);
        String paymentId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        commands.sendAndWait(new PaySubsidyCommand(id, paymentId, request.amount(), now));
        PaymentView payment = applications.paymentsOf(id).stream()
                .filter(p -> p.paymentId().equals(paymentId)).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/degree-applications/" + id))
                .body(new PaymentResponse(paymentId, id, payment.amount(), payment.totalPaid(),
                        ProgrammeTime.local(payment.paidAt())));
    }

    @PostMapping("/{id}/graduate")
    ApplicationResponse graduate(@PathVariable String id) {
        requireApplication(id);
        commands.sendAndWait(new GraduateDegreeApplicationCommand(id, clock.instant()));
        return application(id);
    }

    @PostMapping("/{id}/withdraw")
    ApplicationResponse withdraw(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        requireApplication(id);
        commands.sendAndWait(new WithdrawDegreeApplicationCommand(id, request.reason(), clock.instant()));
        return application(id);
    }

    @GetMapping("/{id}")
    ApplicationResponse application(@PathVariable String id) {
        return applications.find(id)
                .map(application -> ApplicationResponse.of(application, applications.paymentsOf(id)))
                .orElseThrow(() -> new ResourceNotFoundException("degree application", id));
    }

    /** Commands go only to known applications: another aggregate's id is no application. */
    private void requireApplication(String id) {
        if (!applications.exists(id)) {
            throw new ResourceNotFoundException("degree application", id);
        }
    }
}
