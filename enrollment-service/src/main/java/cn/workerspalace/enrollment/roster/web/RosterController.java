package cn.workerspalace.enrollment.roster.web;

import cn.workerspalace.enrollment.ProgrammeTime;
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
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
class RosterController {

    private final CommandGateway commands;
    private final RosterQueries rosters;
    private final WorkerQueries workers;
    private final Clock clock;

    RosterController(CommandGateway commands, RosterQueries rosters, WorkerQueries workers, Clock clock) {
        this.commands = commands;
        this.rosters = rosters;
        this.workers = workers;
        this.clock = clock;
    }

    @PostMapping("/sign-ups")
    ResponseEntity<SignUpResponse> signUp(@PathVariable String classId, @Valid @RequestBody SignUpRequest request) {
        requireWorker(request.workerId());
        SignUpResult result = commands.sendAndWait(
                new SignUpForClassCommand(classId, request.workerId(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/classes/" + classId + "/sign-ups/" + request.workerId()))
                .body(new SignUpResponse(classId, request.workerId(), result.status().name(),
                        result.waitlistPosition()));
    }

    @DeleteMapping("/sign-ups/{workerId}")
    SignUpResponse cancelSignUp(@PathVariable String classId, @PathVariable String workerId) {
        commands.sendAndWait(new CancelSignUpCommand(classId, workerId, clock.instant()));
        return new SignUpResponse(classId, workerId, "CANCELLED", null);
    }

    @PostMapping("/attendance")
    ResponseEntity<AttendanceResponse> recordAttendance(@PathVariable String classId,
                                                        @Valid @RequestBody AttendanceRequest request) {
        requireWorker(request.workerId());
        Instant now = clock.instant();
        commands.sendAndWait(new RecordAttendanceCommand(classId, request.workerId(), request.lessonIndex(), now));
        return ResponseEntity.created(URI.create("/api/classes/" + classId + "/roster"))
                .body(new AttendanceResponse(classId, request.workerId(), request.lessonIndex(),
                        ProgrammeTime.local(now)));
    }

    @GetMapping("/roster")
    RosterResponse roster(@PathVariable String classId) {
        return rosters.roster(classId).map(RosterResponse::of)
                .orElseThrow(() -> new ResourceNotFoundException("class", classId));
    }

    private void requireWorker(String workerId) {
        if (!workers.exists(workerId)) {
            throw new ResourceNotFoundException("worker", workerId);
        }
    }
}
