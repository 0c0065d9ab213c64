package cn.workerspalace.course.palace.web;

import cn.workerspalace.course.access.AccessRules;
import cn.workerspalace.course.palace.api.OpenServicePointCommand;
import cn.workerspalace.course.palace.api.RegisterPalaceCommand;
import cn.workerspalace.course.palace.query.PalaceProjection;
import cn.workerspalace.course.palace.query.PalaceView;
import cn.workerspalace.course.palace.query.ServicePointView;
import cn.workerspalace.course.shared.web.Ids;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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

@RestController
@RequestMapping("/api/palaces")
@Tag(name = "Palaces", description = "The network of workers' cultural palaces (province, cities, counties) "
        + "and the service points where workers register")
class PalaceController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CommandGateway commands;
    private final PalaceProjection palaces;
    private final AccessRules access;

    PalaceController(CommandGateway commands, PalaceProjection palaces, AccessRules access) {
        this.commands = commands;
        this.palaces = palaces;
        this.access = access;
    }

    @PostMapping
    @Operation(operationId = "registerPalace", summary = "Register a palace", description = "One PROVINCE palace "
            + "(no parentId); one CITY palace per cityCode, under the PROVINCE palace; any number of COUNTY palaces "
            + "under a CITY palace, with its cityCode.")
    @ApiResponse(responseCode = "201", description = "The palace; Location names it",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PalaceView.class),
                    examples = @ExampleObject(value = PalaceExamples.NEW_PALACE)))
    @ApiResponse(responseCode = "400",
            description = "A field is missing or invalid, or parentId does not fit the level",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = PalaceExamples.INVALID_PALACE)))
    @ApiResponse(responseCode = "404", description = "No palace parentId",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = PalaceExamples.UNKNOWN_PARENT)))
    @ApiResponse(responseCode = "409",
            description = "already-exists (the id is taken), province-already-registered, city-already-has-palace, "
                    + "parent-level-mismatch, county-outside-parent-city",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = PalaceExamples.CITY_TAKEN)))
    ResponseEntity<PalaceView> register(@Valid @RequestBody RegisterPalaceRequest request) {
        access.registerPalace();
        commands.sendAndWait(new RegisterPalaceCommand(request.id(), request.name(), request.level(),
                request.cityCode(), request.parentId()));
        return ResponseEntity.created(URI.create("/api/palaces/" + request.id())).body(find(request.id()));
    }

    @GetMapping
    @Operation(operationId = "listPalaces", summary = "List all palaces with their service points")
    @ApiResponse(responseCode = "200", description = "Every palace of the network",
            content = @Content(mediaType = JSON,
                    array = @ArraySchema(schema = @Schema(implementation = PalaceView.class)),
                    examples = @ExampleObject(value = PalaceExamples.PALACES)))
    List<PalaceView> all() {
        return palaces.all();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPalace", summary = "Show a palace with its service points")
    @ApiResponse(responseCode = "200", description = "The palace",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PalaceView.class),
                    examples = @ExampleObject(value = PalaceExamples.PALACE)))
    @ApiResponse(responseCode = "404", description = "No such palace",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = PalaceExamples.UNKNOWN_PALACE)))
    PalaceView byId(@PathVariable String id) {
        return find(id);
    }

    @PostMapping("/{id}/service-points")
    @Operation(operationId = "openServicePoint", summary = "Open a service point of a palace",
            description = "Workers registering there name it in servicePointId, and so do sign-ups its staff take.")
    @ApiResponse(responseCode = "201", description = "The service point; Location names it",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ServicePointView.class),
                    examples = @ExampleObject(value = PalaceExamples.SERVICE_POINT)))
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = PalaceExamples.INVALID_SERVICE_POINT)))
    @ApiResponse(responseCode = "404", description = "No such palace",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = PalaceExamples.UNKNOWN_PALACE)))
    @ApiResponse(responseCode = "409", description = "already-exists: the id is taken",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = PalaceExamples.SERVICE_POINT_TAKEN)))
    ResponseEntity<ServicePointView> openServicePoint(@PathVariable String id,
                                                      @Valid @RequestBody OpenServicePointRequest request) {
        access.runPalace(id);
        if (!palaces.exists(id)) {
            throw new ResourceNotFoundException("palace", id);
        }
        String servicePointId = Ids.orNew(request.id());
        commands.sendAndWait(new OpenServicePointCommand(id, servicePointId, request.name(), request.address()));
        return ResponseEntity.created(URI.create("/api/palaces/" + id + "/service-points/" + servicePointId))
                .body(servicePoint(id, servicePointId));
    }

    @GetMapping("/{id}/service-points/{servicePointId}")
    @Operation(operationId = "getServicePoint", summary = "Show a service point")
    @ApiResponse(responseCode = "200", description = "The service point",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ServicePointView.class),
                    examples = @ExampleObject(value = PalaceExamples.SERVICE_POINT)))
    @ApiResponse(responseCode = "404", description = "No such service point of this palace",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = PalaceExamples.UNKNOWN_SERVICE_POINT)))
    ServicePointView servicePoint(@PathVariable String id, @PathVariable String servicePointId) {
        return palaces.servicePoint(id, servicePointId)
                .orElseThrow(() -> new ResourceNotFoundException("service point", servicePointId));
    }

    private PalaceView find(String id) {
        return palaces.byId(id).orElseThrow(() -> new ResourceNotFoundException("palace", id));
    }
}
