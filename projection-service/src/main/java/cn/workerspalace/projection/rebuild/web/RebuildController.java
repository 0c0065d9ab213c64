package cn.workerspalace.projection.rebuild.web;

import cn.workerspalace.projection.rebuild.Rebuilds;
import cn.workerspalace.projection.rebuild.api.RebuildProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(RebuildController.PATH)
@Tag(name = "operations", description = "Rebuilding the read models from the event topics")
class RebuildController {

    static final String PATH = "/api/admin/rebuild";
    private static final String JSON = "application/json";
    private static final String PROGRESS_EXAMPLE = """
            {"id": 3, "state": "REPLAYING", "schema": "rebuild_3", "startedAt": "2026-03-01T09:30:00+08:00",
             "finishedAt": null, "eventsTotal": 1250000, "eventsDone": 531200, "percent": 42.4,
             "eventsRead": 531200, "eventsSkipped": 2, "eventsPerSecond": 4210.5, "secondsLeft": 171,
             "failure": null}""";

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Operation(summary = "Rebuild every read model from both topics, from offset 0, into fresh tables",
            description = "Answers at once; the rebuild runs on, the live figures staying as they are, and then "
                    + "switches the readers over to the rebuilt tables in one transaction. Follow it at the "
                    + "Location given.")
    @ApiResponse(responseCode = "202", description = "started; Location names its progress", content = @Content(
            mediaType = JSON, schema = @Schema(implementation = RebuildProgress.class),
            examples = @ExampleObject(value = PROGRESS_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "a rebuild is running already (here or on another instance)")
    @PostMapping
    ResponseEntity<RebuildProgress> start() {
        RebuildProgress started = rebuilds.start();
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + started.id())).body(started);
    }

    @Operation(summary = "Where a rebuild stands: events done of the total, events per second, time left")
    @ApiResponse(responseCode = "200", description = "its progress", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = RebuildProgress.class),
            examples = @ExampleObject(value = PROGRESS_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "no such rebuild started on this instance")
    @GetMapping("/{id}")
    RebuildProgress progress(@PathVariable long id) {
        return rebuilds.progress(id);
    }

    @Operation(summary = "The rebuilds started on this instance, newest first")
    @ApiResponse(responseCode = "200", description = "one entry per rebuild", content = @Content(mediaType = JSON,
            array = @ArraySchema(schema = @Schema(implementation = RebuildProgress.class)),
            examples = @ExampleObject(value = "[" + PROGRESS_EXAMPLE + "]")))
    @GetMapping
    List<RebuildProgress> all() {
        return rebuilds.all();
    }
}
