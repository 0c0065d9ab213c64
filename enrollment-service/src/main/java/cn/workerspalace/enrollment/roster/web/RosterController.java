package cn.workerspalace.enrollment.roster.web;

import cn.workerspalace.enrollment.access.AccessRules;
import cn.workerspalace.enrollment.ProgrammeTime;
import cn.workerspalace.enrollment.palace.PalaceDirectory;
import cn.workerspalace.enrollment.roster.api.CancelSignUpCommand;
import cn.workerspalace.enrollment.roster.api.RecordAttendanceCommand;
import cn.workerspalace.enrollment.roster.api.SignUpForClassCommand;
import cn.workerspalace.enrollment.roster.api.SignUpResult;
import cn.workerspalace.enrollment.roster.query.RosterQueries;
import cn.workerspalace.enrollment.roster.web.RosterResponses.AttendanceResponse;
import cn.workerspalace.enrollment.roster.web.RosterResponses.RosterResponse;
import cn.workerspalace.enrollment.roster.web.RosterResponses.SignUpResponse;
import cn.workerspalace.enrollment.worker.query.WorkerQueries;
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
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-ups, cancellations, attendance and the roster of a class. An unknown class has no roster: 404. */
@RestController
@RequestMapping("/api/classes/{classId}")
@Tag(name = "Rosters", description = "Sign-ups, waitlist and attendance of a class (工惠乐学); a class's roster opens "
        + "when course-service opens the class")
class RosterController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CommandGateway commands;
    private final RosterQueries rosters;
    private final WorkerQueries workers;
    private final PalaceDirectory palaces;
    private final Clock clock;
    private final AccessRules access;

    RosterController(CommandGateway commands, RosterQueries rosters, WorkerQueries workers, PalaceDirectory palaces,
                     Clock clock, AccessRules access) {
        this.commands = commands;
        this.rosters = rosters;
        this.workers = workers;
        this.palaces = palaces;
        this.clock = clock;
        this.access = access;
    }

    @PostMapping("/sign-ups")
    @Operation(operationId = "signUp", summary = "Sign a worker up for a class",
            description = "CONFIRMED while seats are free, otherwise WAITLISTED at the end of the queue "
                    + "(waitlistPosition, 1-based). Only inside the enrolment window and only for an OPEN class.")
    @ApiResponse(responseCode = "201", description = "Where the sign-up landed; Location names it",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SignUpResponse.class),
                    examples = @ExampleObject(value = RosterExamples.CONFIRMED)))
    @ApiResponse(responseCode = "400", description = "workerId is missing, or a field is invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = RosterExamples.INVALID_SIGN_UP)))
    @ApiResponse(responseCode = "404",
            description = "No such class, no registered worker workerId, or no service point servicePointId",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = RosterExamples.UNKNOWN_CLASS)))
    @ApiResponse(responseCode = "409",
            description = "already-signed-up (confirmed or waitlisted already), outside-enrolment-window, "
                    + "class-not-open (cancelled or completed)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = RosterExamples.ALREADY_SIGNED_UP)))
    ResponseEntity<SignUpResponse> signUp(@PathVariable String classId, @Valid @RequestBody SignUpRequest request) {
        access.actFor(request.workerId());
        requireWorker(request.workerId());
        if (request.servicePointId() != null && !palaces.hasServicePoint(request.servicePointId())) {
            throw new ResourceNotFoundException("service point", request.servicePointId());
        }
        SignUpResult result = commands.sendAndWait(
                new SignUpForClassCommand(classId, request.workerId(), request.servicePointId(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/classes/" + classId + "/sign-ups/" + request.workerId()))
                .body(new SignUpResponse(classId, request.workerId(), result.status().name(),
                        result.waitlistPosition(), request.servicePointId()));
    }

    @DeleteMapping("/sign-ups/{workerId}")
    @Operation(operationId = "cancelSignUp", summary = "Cancel a sign-up",
            description = "A freed seat goes to the first waitlisted worker, and the positions behind close up.")
    @ApiResponse(responseCode = "200", description = "The sign-up, CANCELLED",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SignUpResponse.class),
                    examples = @ExampleObject(value = RosterExamples.CANCELLED)))
    @ApiResponse(responseCode = "404", description = "The worker holds no seat or waitlist place in this open class",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = RosterExamples.NO_SIGN_UP)))
    SignUpResponse cancelSignUp(@PathVariable String classId, @PathVariable String workerId) {
        access.actFor(workerId);
        commands.sendAndWait(new CancelSignUpCommand(classId, workerId, clock.instant()));
        return new SignUpResponse(classId, workerId, "CANCELLED", null, null);
    }

    @PostMapping("/attendance")
    @Operation(operationId = "recordAttendance", summary = "Record that a confirmed trainee attended a lesson",
            description = "Accepted from 30 minutes before the lesson starts, once per trainee and lesson; also after "
                    + "the class completed.")
    @ApiResponse(responseCode = "201", description = "The attendance",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = AttendanceResponse.class),
                    examples = @ExampleObject(value = RosterExamples.ATTENDANCE)))
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid, or the class has no such lesson",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = RosterExamples.INVALID_ATTENDANCE)))
    @ApiResponse(responseCode = "404", description = "No such class, or no registered worker workerId",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = RosterExamples.UNKNOWN_WORKER)))
    @ApiResponse(responseCode = "409",
            description = "not-a-confirmed-trainee, attendance-already-recorded, lesson-not-begun",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = RosterExamples.NOT_A_TRAINEE)))
    ResponseEntity<AttendanceResponse> recordAttendance(@PathVariable String classId,
                                                        @Valid @RequestBody AttendanceRequest request) {
        access.keepRosterOf(classId);
        requireWorker(request.workerId());
        Instant now = clock.instant();
        commands.sendAndWait(new RecordAttendanceCommand(classId, request.workerId(), request.lessonIndex(), now));
        return ResponseEntity.created(URI.create("/api/classes/" + classId + "/roster"))
                .body(new AttendanceResponse(classId, request.workerId(), request.lessonIndex(),
                        ProgrammeTime.local(now)));
    }

    @GetMapping("/roster")
    @Operation(operationId = "getRoster", summary = "Show the roster of a class",
            description = "confirmed in the order seats were taken (a promoted worker goes to the end), waitlist in "
                    + "queue order.")
    @ApiResponse(responseCode = "200", description = "The roster",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = RosterResponse.class),
                    examples = @ExampleObject(value = RosterExamples.ROSTER)))
    @ApiResponse(responseCode = "404", description = "No such class",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = RosterExamples.UNKNOWN_ROSTER)))
    RosterResponse roster(@PathVariable String classId) {
        access.keepRosterOf(classId);
        return rosters.roster(classId).map(RosterResponse::of)
                .orElseThrow(() -> new ResourceNotFoundException("class", classId));
    }

    private void requireWorker(String workerId) {
        if (!workers.exists(workerId)) {
            throw new ResourceNotFoundException("worker", workerId);
        }
    }
}
