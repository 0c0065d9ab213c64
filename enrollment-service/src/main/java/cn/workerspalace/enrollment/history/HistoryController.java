package cn.workerspalace.enrollment.history;

import cn.workerspalace.enrollment.access.AccessRules;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of a worker and of a degree application: their events in order, with who caused each. */
@RestController
@Tag(name = "History", description = "The audit trail: every event of a worker or a degree application, in order, "
        + "with the actor recorded when the command was handled")
class HistoryController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final AggregateHistory history;
    private final AccessRules access;

    HistoryController(AggregateHistory history, AccessRules access) {
        this.history = history;
        this.access = access;
    }

    @GetMapping("/api/workers/{id}/history")
    @Operation(operationId = "getWorkerHistory", summary = "Show a worker's history: registration, erasure, who did it",
            description = "The worker's events from the event store, oldest first. actor and actorRoles are null "
                    + "for events recorded before actors were.")
    @ApiResponse(responseCode = "200", description = "The worker's events in order",
            content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = HistoryResponse.class)),
                    examples = @ExampleObject(value = HistoryExamples.WORKER)))
    @ApiResponse(responseCode = "404", description = "No such worker",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = HistoryExamples.UNKNOWN_WORKER)))
    List<HistoryResponse> workerHistory(@PathVariable String id) {
        access.actFor(id);
        return historyOf("Worker", "worker", id);
    }

    @GetMapping("/api/degree-applications/{id}/history")
    @Operation(operationId = "getDegreeApplicationHistory",
            summary = "Show a degree application's history: submission, approval, payments, who did each",
            description = "The application's events from the event store, oldest first. actor and actorRoles are "
                    + "null for events recorded before actors were.")
    @ApiResponse(responseCode = "200", description = "The application's events in order",
            content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = HistoryResponse.class)),
                    examples = @ExampleObject(value = HistoryExamples.APPLICATION)))
    @ApiResponse(responseCode = "404", description = "No such degree application",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = HistoryExamples.UNKNOWN_APPLICATION)))
    List<HistoryResponse> applicationHistory(@PathVariable String id) {
        access.actForApplicationOf(id);
        return historyOf("DegreeApplication", "degree application", id);
    }

    private List<HistoryResponse> historyOf(String aggregateType, String resource, String id) {
        List<AggregateHistory.Entry> entries = history.of(aggregateType, id);
        if (entries.isEmpty()) {
            throw new ResourceNotFoundException(resource, id);
        }
        return entries.stream().map(HistoryResponse::of).toList();
    }
}
