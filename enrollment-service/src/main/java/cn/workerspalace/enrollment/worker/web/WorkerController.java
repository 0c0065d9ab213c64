package cn.workerspalace.enrollment.worker.web;

import cn.workerspalace.enrollment.access.AccessRules;
import cn.workerspalace.enrollment.degree.query.DegreeApplicationQueries;
import cn.workerspalace.enrollment.palace.PalaceDirectory;
import cn.workerspalace.enrollment.palace.PalaceDirectory.Palace;
import cn.workerspalace.enrollment.roster.query.RosterQueries;
import cn.workerspalace.enrollment.worker.api.ErasePersonalDataCommand;
import cn.workerspalace.enrollment.worker.api.RegisterWorkerCommand;
import cn.workerspalace.enrollment.worker.pii.IdNumberDigester;
import cn.workerspalace.enrollment.worker.pii.MaskedPersonalData;
import cn.workerspalace.enrollment.worker.pii.PersonalData;
import cn.workerspalace.enrollment.worker.pii.PersonalDataVault;
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

/**
 * Registration, the worker view and erasure. The clear ID number is digested here and sealed by the Worker; answers
 * open the sealed personal data with the worker's key and show it masked.
 */
@RestController
@RequestMapping("/api/workers")
@Tag(name = "Workers", description = "Workers (职工) registered once with a palace; name, national ID number and "
        + "phone are validated, stored only encrypted under the worker's own key, answered masked, and erased on "
        + "request")
class WorkerController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CommandGateway commands;
    private final PalaceDirectory palaces;
    private final WorkerQueries workers;
    private final RosterQueries rosters;
    private final DegreeApplicationQueries applications;
    private final IdNumberDigester digester;
    private final PersonalDataVault vault;
    private final Clock clock;
    private final AccessRules access;

    WorkerController(CommandGateway commands, PalaceDirectory palaces, WorkerQueries workers, RosterQueries rosters,
                     DegreeApplicationQueries applications, IdNumberDigester digester, PersonalDataVault vault,
                     Clock clock, AccessRules access) {
        this.commands = commands;
        this.palaces = palaces;
        this.workers = workers;
        this.rosters = rosters;
        this.applications = applications;
        this.digester = digester;
        this.vault = vault;
        this.clock = clock;
        this.access = access;
    }

    @PostMapping
    @Operation(operationId = "registerWorker", summary = "Register a worker",
            description = "The national ID number must carry a valid GB 11643 check character and may be registered "
                    + "once; name, ID number and phone are encrypted under a key of the worker's own and never "
                    + "stored, logged or answered in clear. The worker belongs to the city of the palace.")
    @ApiResponse(responseCode = "201", description = "The worker, personal data masked; Location names it",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = WorkerResponse.class),
                    examples = @ExampleObject(value = WorkerExamples.NEW_WORKER)))
    @ApiResponse(responseCode = "400",
            description = "A field is missing or invalid (ID check character, phone, unknown field)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = WorkerExamples.INVALID)))
    @ApiResponse(responseCode = "404",
            description = "No palace palaceId, or no service point servicePointId of that palace",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = WorkerExamples.UNKNOWN_PALACE)))
    @ApiResponse(responseCode = "409", description = "id-number-already-registered, or already-exists: the id is taken",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = WorkerExamples.ID_NUMBER_TAKEN)))
    ResponseEntity<WorkerResponse> register(@Valid @RequestBody RegisterWorkerRequest request) {
        access.registerAt(request.palaceId());
        Palace palace = palaces.findPalace(request.palaceId())
                .orElseThrow(() -> new ResourceNotFoundException("palace", request.palaceId()));
        if (request.servicePointId() != null && !palaces.hasServicePoint(palace.palaceId(), request.servicePointId())) {
            throw new ResourceNotFoundException("service point of palace " + palace.palaceId(),
                    request.servicePointId());
        }
        String workerId = request.id() != null ? request.id() : IdempotentCommands.newId();
        commands.sendAndWait(new RegisterWorkerCommand(workerId, request.memberNo(),
                new PersonalData(request.name(), request.idNumber(), request.phone()),
                digester.digest(request.idNumber()), palace.palaceId(), palace.cityCode(), request.servicePointId(),
                request.frontLine(), request.migrantWorker(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/workers/" + workerId)).body(worker(workerId));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWorker", summary = "Show a worker with their sign-ups and degree applications")
    @ApiResponse(responseCode = "200", description = "The worker, personal data masked (null once erased)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = WorkerResponse.class),
                    examples = @ExampleObject(value = WorkerExamples.WORKER)))
    @ApiResponse(responseCode = "404", description = "No such worker",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = WorkerExamples.UNKNOWN_WORKER)))
    WorkerResponse worker(@PathVariable String id) {
        access.actFor(id);
        return workers.find(id)
                .map(worker -> WorkerResponse.of(worker, shown(worker), rosters.signUpsOf(id),
                        applications.applicationsOf(id)))
                .orElseThrow(() -> new ResourceNotFoundException("worker", id));
    }

    @DeleteMapping("/{id}/personal-data")
    @Operation(operationId = "erasePersonalData", summary = "Erase a worker's personal data on their request",
            description = "Destroys the worker's data key and the digest of their ID number, and records the "
                    + "erasure (WorkerPersonalDataErasedEvent, no personal data in it). Name, ID number and phone in "
                    + "every stored and published event become unreadable (crypto-shredding); the worker then "
                    + "answers them null with personalDataErased true. Sign-ups, applications and figures stay as "
                    + "they were. Erasing again changes nothing.")
    @ApiResponse(responseCode = "204", description = "Erased (or erased already)")
    @ApiResponse(responseCode = "404", description = "No such worker",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = WorkerExamples.UNKNOWN_WORKER_ERASURE)))
    ResponseEntity<Void> erasePersonalData(@PathVariable String id) {
        access.operationsCentre("erase personal data");
        if (!workers.exists(id)) {
            throw new ResourceNotFoundException("worker", id);
        }
        commands.sendAndWait(new ErasePersonalDataCommand(id, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    /** Opened with the worker's key and masked; nothing once erased; as carried for workers from revision 1. */
    private MaskedPersonalData shown(WorkerView worker) {
        if (worker.personalDataErased()) {
            return null;
        }
        if (worker.sealedPersonalData() != null) {
            return vault.open(worker.workerId(), worker.sealedPersonalData()).map(PersonalData::masked).orElse(null);
        }
        return worker.legacyPersonalData() == null ? null : new MaskedPersonalData(worker.legacyPersonalData().name(),
                worker.legacyPersonalData().idNumberMasked(), worker.legacyPersonalData().phoneMasked());
    }
}
