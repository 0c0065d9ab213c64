package cn.workerspalace.enrollment.degree.web;

import cn.workerspalace.enrollment.access.AccessRules;
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
import cn.workerspalace.platform.web.IdempotentCommands;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
@Tag(name = "Degree applications", description = "求学圆梦: a front-line worker's subsidised degree, from "
        + "application through review, admission and payments to graduation or withdrawal")
class DegreeApplicationController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CommandGateway commands;
    private final DegreeApplicationQueries applications;
    private final WorkerQueries workers;
    private final QuotaQueries quotas;
    private final Clock clock;
    private final AccessRules access;

    DegreeApplicationController(CommandGateway commands, DegreeApplicationQueries applications,
                                WorkerQueries workers, QuotaQueries quotas, Clock clock, AccessRules access) {
        this.commands = commands;
        this.applications = applications;
        this.workers = workers;
        this.quotas = quotas;
        this.clock = clock;
        this.access = access;
    }

    @PostMapping
    @Operation(operationId = "submitDegreeApplication", summary = "Submit a degree application",
            description = "At most one open application per worker (open = not REJECTED, WITHDRAWN or GRADUATED), "
                    + "funded at most once per level, front-line workers only.")
    @ApiResponse(responseCode = "201", description = "The application, SUBMITTED; Location names it",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApplicationResponse.class),
                    examples = @ExampleObject(value = ApplicationExamples.SUBMITTED)))
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.INVALID_APPLICATION)))
    @ApiResponse(responseCode = "404", description = "No registered worker workerId, or no quota for the year",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.UNKNOWN_WORKER)))
    @ApiResponse(responseCode = "409",
            description = "open-application-exists, already-funded (at that level), not-eligible (not a front-line "
                    + "worker), or already-exists: the id is taken",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.OPEN_APPLICATION)))
    ResponseEntity<ApplicationResponse> submit(@Valid @RequestBody SubmitApplicationRequest request) {
        access.actFor(request.workerId());
        WorkerView worker = workers.find(request.workerId())
                .orElseThrow(() -> new ResourceNotFoundException("worker", request.workerId()));
        if (!quotas.exists(request.year())) {
            throw new ResourceNotFoundException("subsidy quota of year", String.valueOf(request.year()));
        }
        String id = request.id() != null ? request.id() : IdempotentCommands.newId();
        commands.sendAndWait(new SubmitDegreeApplicationCommand(id, worker.workerId(), request.year(),
                request.level(), request.school(), request.major(), worker.palaceId(), worker.cityCode(),
                worker.frontLine(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/degree-applications/" + id)).body(application(id));
    }

    @PostMapping("/{id}/approve")
    @Operation(operationId = "approveDegreeApplication", summary = "Approve a submitted application",
            description = "Reserves a place of the worker's city: APPROVED; without a free place the application "
                    + "waits in the city's first-in, first-out queue (WAITING_FOR_QUOTA, queuePosition) and is "
                    + "approved as soon as a place frees up. No body.")
    @ApiResponse(responseCode = "200", description = "The application, APPROVED or WAITING_FOR_QUOTA",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApplicationResponse.class),
                    examples = @ExampleObject(value = ApplicationExamples.APPROVED)))
    @ApiResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.UNKNOWN_APPLICATION)))
    @ApiResponse(responseCode = "409", description = "wrong-application-status: not SUBMITTED",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.WRONG_STATUS)))
    ApplicationResponse approve(@PathVariable String id) {
        access.operationsCentre("approve degree applications");
        requireApplication(id);
        return answerAfter(id, now -> new ApproveDegreeApplicationCommand(id, now));
    }

    @PostMapping("/{id}/reject")
    @Operation(operationId = "rejectDegreeApplication", summary = "Reject an application",
            description = "A SUBMITTED or waiting application; a waiting one leaves its queue.")
    @ApiResponse(responseCode = "200", description = "The application, REJECTED, with the reason",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApplicationResponse.class),
                    examples = @ExampleObject(value = ApplicationExamples.REJECTED)))
    @ApiResponse(responseCode = "400", description = "reason is missing or too long",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.INVALID_REASON)))
    @ApiResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.UNKNOWN_APPLICATION)))
    @ApiResponse(responseCode = "409", description = "wrong-application-status: not SUBMITTED or WAITING_FOR_QUOTA",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.WRONG_STATUS)))
    ApplicationResponse reject(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        access.operationsCentre("reject degree applications");
        requireApplication(id);
        return answerAfter(id, now -> new RejectDegreeApplicationCommand(id, request.reason(), now));
    }

    @PostMapping("/{id}/admit")
    @Operation(operationId = "admitDegreeApplication", summary = "Record that the school admitted the applicant",
            description = "An APPROVED application. No body.")
    @ApiResponse(responseCode = "200", description = "The application, ADMITTED",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApplicationResponse.class),
                    examples = @ExampleObject(value = ApplicationExamples.ADMITTED)))
    @ApiResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.UNKNOWN_APPLICATION)))
    @ApiResponse(responseCode = "409", description = "wrong-application-status: not APPROVED",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.WRONG_STATUS)))
    ApplicationResponse admit(@PathVariable String id) {
        access.operationsCentre("record admissions");
        requireApplication(id);
        return answerAfter(id, now -> new AdmitDegreeApplicationCommand(id, now));
    }

    @PostMapping("/{id}/payments")
    @Operation(operationId = "paySubsidy", summary = "Pay an instalment of the subsidy",
            description = "An ADMITTED application; the instalments together may reach the level's subsidy exactly, "
                    + "never exceed it.")
    @ApiResponse(responseCode = "201", description = "The payment, with the total paid so far",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PaymentResponse.class),
                    examples = @ExampleObject(value = ApplicationExamples.PAYMENT)))
    @ApiResponse(responseCode = "400", description = "amount is missing, not above 0, or has more than two decimals",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.INVALID_PAYMENT)))
    @ApiResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.UNKNOWN_APPLICATION)))
    @ApiResponse(responseCode = "409",
            description = "wrong-application-status: not ADMITTED; subsidy-exceeded: the total would exceed the "
                    + "subsidy",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.SUBSIDY_EXCEEDED)))
    ResponseEntity<PaymentResponse> pay(@PathVariable String id, @Valid @RequestBody PaymentRequest request) {
        access.operationsCentre("pay subsidies");
        requireApplication(id);
        String paymentId = IdempotentCommands.newId();
        Instant now = clock.instant();
        commands.sendAndWait(new PaySubsidyCommand(id, paymentId, request.amount(), now));
        PaymentView payment = applications.paymentsOf(id).stream()
                .filter(p -> p.paymentId().equals(paymentId)).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/degree-applications/" + id))
                .body(new PaymentResponse(paymentId, id, payment.amount(), payment.totalPaid(),
                        ProgrammeTime.local(payment.paidAt())));
    }

    @PostMapping("/{id}/graduate")
    @Operation(operationId = "graduateDegreeApplication", summary = "Record that the student graduated",
            description = "An ADMITTED application. No body.")
    @ApiResponse(responseCode = "200", description = "The application, GRADUATED",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApplicationResponse.class),
                    examples = @ExampleObject(value = ApplicationExamples.GRADUATED)))
    @ApiResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.UNKNOWN_APPLICATION)))
    @ApiResponse(responseCode = "409", description = "wrong-application-status: not ADMITTED",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.WRONG_STATUS)))
    ApplicationResponse graduate(@PathVariable String id) {
        access.operationsCentre("record graduations");
        requireApplication(id);
        return answerAfter(id, now -> new GraduateDegreeApplicationCommand(id, now));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(operationId = "withdrawDegreeApplication", summary = "Withdraw an open application",
            description = "An unpaid reservation, or a queue place, goes back to the quota (placeReleased); a paid "
                    + "place stays used.")
    @ApiResponse(responseCode = "200", description = "The application, WITHDRAWN",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApplicationResponse.class),
                    examples = @ExampleObject(value = ApplicationExamples.WITHDRAWN)))
    @ApiResponse(responseCode = "400", description = "reason is missing or too long",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.INVALID_REASON)))
    @ApiResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.UNKNOWN_APPLICATION)))
    @ApiResponse(responseCode = "409", description = "wrong-application-status: the application is closed already",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.WRONG_STATUS)))
    ApplicationResponse withdraw(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        access.actForApplicationOf(id);
        return answerAfter(id, now -> new WithdrawDegreeApplicationCommand(id, request.reason(), now));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDegreeApplication", summary = "Show an application",
            description = "Its status, paidAmount and payments; queuePosition while it waits for a place.")
    @ApiResponse(responseCode = "200", description = "The application",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApplicationResponse.class),
                    examples = @ExampleObject(value = ApplicationExamples.GRADUATED)))
    @ApiResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApplicationExamples.UNKNOWN_APPLICATION)))
    ApplicationResponse application(@PathVariable String id) {
        access.actForApplicationOf(id);
        return applications.find(id)
                .map(application -> ApplicationResponse.of(application, applications.paymentsOf(id)))
                .orElseThrow(() -> new ResourceNotFoundException("degree application", id));
    }

    /** Dispatches the step's command, stamped now, and answers the application as it stands after it. */
    private ApplicationResponse answerAfter(String id, Function<Instant, Object> command) {
        commands.sendAndWait(command.apply(clock.instant()));
        return application(id);
    }

    /** Commands go only to known applications: another aggregate's id is no application. */
    private void requireApplication(String id) {
        if (!applications.exists(id)) {
            throw new ResourceNotFoundException("degree application", id);
        }
    }
}
