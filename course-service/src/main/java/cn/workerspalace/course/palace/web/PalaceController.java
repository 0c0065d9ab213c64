package cn.workerspalace.course.palace.web;

import cn.workerspalace.course.palace.api.OpenServicePointCommand;
import cn.workerspalace.course.palace.api.RegisterPalaceCommand;
import cn.workerspalace.course.palace.query.PalaceProjection;
import cn.workerspalace.course.palace.query.PalaceView;
import cn.workerspalace.course.palace.query.ServicePointView;
import cn.workerspalace.course.shared.web.Ids;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

    private final CommandGateway commands;
    private final PalaceProjection palaces;

    PalaceController(CommandGateway commands, PalaceProjection palaces) {
        this.commands = commands;
        this.palaces = palaces;
    }

    @PostMapping
    @Operation(summary = "Register a palace", description = "One PROVINCE palace (no parentId); one CITY palace per "
            + "cityCode, under the PROVINCE palace; any number of COUNTY palaces under a CITY palace, with its "
            + "cityCode.")
    ResponseEntity<PalaceView> register(@Valid @RequestBody RegisterPalaceRequest request) {
        commands.sendAndWait(new RegisterPalaceCommand(request.id(), request.name(), request.level(),
                request.cityCode(), request.parentId()));
        return ResponseEntity.created(URI.create("/api/palaces/" + request.id())).body(find(request.id()));
    }

    @GetMapping
    @Operation(summary = "List all palaces with their service points")
    List<PalaceView> all() {
        return palaces.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show a palace with its service points")
    PalaceView byId(@PathVariable String id) {
        return find(id);
    }

    @PostMapping("/{id}/service-points")
    @Operation(summary = "Open a service point of a palace")
    ResponseEntity<ServicePointView> openServicePoint(@PathVariable String id,
                                                      @Valid @RequestBody OpenServicePointRequest request) {
        if (!palaces.exists(id)) {
            throw new ResourceNotFoundException("palace", id);
        }
        String servicePointId = Ids.orNew(request.id());
        commands.sendAndWait(new OpenServicePointCommand(id, servicePointId, request.name(), request.address()));
        return ResponseEntity.created(URI.create("/api/palaces/" + id + "/service-points/" + servicePointId))
                .body(servicePoint(id, servicePointId));
    }

    @GetMapping("/{id}/service-points/{servicePointId}")
    @Operation(summary = "Show a service point")
    ServicePointView servicePoint(@PathVariable String id, @PathVariable String servicePointId) {
        return palaces.servicePoint(id, servicePointId)
                .orElseThrow(() -> new ResourceNotFoundException("service point", servicePointId));
    }

    private PalaceView find(String id) {
        return palaces.byId(id).orElseThrow(() -> new ResourceNotFoundException("palace", id));
    }
}
