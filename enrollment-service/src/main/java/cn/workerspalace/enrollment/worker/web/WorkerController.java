package cn.workerspalace.enrollment.worker.web;

import cn.workerspalace.enrollment.degree.query.DegreeApplicationQueries;
import cn.workerspalace.enrollment.palace.PalaceDirectory;
import cn.workerspalace.enrollment.palace.PalaceDirectory.Palace;
import cn.workerspalace.enrollment.roster.query.RosterQueries;
import cn.workerspalace.enrollment.worker.api.RegisterWorkerCommand;
import cn.workerspalace.enrollment.worker.pii.IdNumberDigester;
import cn.workerspalace.enrollment.worker.pii.IdNumbers;
import cn.workerspalace.enrollment.worker.pii.PhoneNumbers;
import cn.workerspalace.enrollment.worker.query.WorkerQueries;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
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
 * Registration and the worker view. The clear ID number ends here: it is masked and digested before the command
 * is built.
 */
@RestController
@RequestMapping("/api/workers")
class WorkerController {

    private final CommandGateway commands;
    private final PalaceDirectory palaces;
    private final WorkerQueries workers;
    private final RosterQueries rosters;
    private final DegreeApplicationQueries applications;
    private final IdNumberDigester digester;
    private final Clock clock;

    WorkerController(CommandGateway commands, PalaceDirectory palaces, WorkerQueries workers, RosterQueries rosters,
                     DegreeApplicationQueries applications, IdNumberDigester digester, Clock clock) {
        this.commands = commands;
        this.palaces = palaces;
        this.workers = workers;
        this.rosters = rosters;
        this.applications = applications;
        this.digester = digester;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<WorkerResponse> register(@Valid @RequestBody RegisterWorkerRequest request) {
        Palace palace = palaces.findPalace(request.palaceId())
                .orElseThrow(() -> new ResourceNotFoundException("palace", request.palaceId()));
        if (request.servicePointId() != null && !palaces.hasServicePoint(palace.palaceId(), request.servicePointId())) {
            throw new ResourceNotFoundException("service point of palace " + palace.palaceId(),
                    request.servicePointId());
        }
        String workerId = request.id() != null ? request.id() : UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterWorkerCommand(workerId, request.memberNo(), request.name(),
                IdNumbers.mask(request.idNumber()), digester.digest(request.idNumber()),
                PhoneNumbers.mask(request.phone()), palace.palaceId(), palace.cityCode(), request.servicePointId(),
                request.frontLine(), request.migrantWorker(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/workers/" + workerId)).body(worker(workerId));
    }

    @GetMapping("/{id}")
    WorkerResponse worker(@PathVariable String id) {
        return workers.find(id)
                .map(worker -> WorkerResponse.of(worker, rosters.signUpsOf(id), applications.applicationsOf(id)))
                .orElseThrow(() -> new ResourceNotFoundException("worker", id));
    }
}
