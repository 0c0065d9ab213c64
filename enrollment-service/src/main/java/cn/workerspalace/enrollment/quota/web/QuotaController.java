package cn.workerspalace.enrollment.quota.web;

import cn.workerspalace.enrollment.access.AccessRules;
import cn.workerspalace.enrollment.palace.PalaceDirectory;
import cn.workerspalace.enrollment.quota.api.SetCityAllocationCommand;
import cn.workerspalace.enrollment.quota.api.SetSubsidyQuotaCommand;
import cn.workerspalace.enrollment.quota.query.QuotaQueries;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
 * The operations centre's quota: set a year's places and subsidies, allocate them to cities (a city is known by
 * its CITY palace in the palace directory), and read the figures.
 */
@RestController
@RequestMapping("/api/subsidy-quotas")
@Tag(name = "Subsidy quotas", description = "求学圆梦: the province's yearly subsidy places and their allocation to "
        + "cities, set by the operations centre")
class QuotaController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CommandGateway commands;
    private final QuotaQueries quotas;
    private final PalaceDirectory palaces;
    private final AccessRules access;

    QuotaController(CommandGateway commands, QuotaQueries quotas, PalaceDirectory palaces, AccessRules access) {
        this.commands = commands;
        this.quotas = quotas;
        this.palaces = palaces;
        this.access = access;
    }

    @PostMapping
    @Operation(operationId = "setSubsidyQuota", summary = "Set a year's subsidy quota",
            description = "Places in all and the subsidy per place of each level, in yuan. One quota per year.")
    @ApiResponse(responseCode = "201", description = "The quota, nothing allocated yet; Location names it",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = QuotaResponse.class),
                    examples = @ExampleObject(value = QuotaExamples.NEW_QUOTA)))
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = QuotaExamples.INVALID_QUOTA)))
    @ApiResponse(responseCode = "409", description = "already-exists: the year has a quota already",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = QuotaExamples.YEAR_TAKEN)))
    ResponseEntity<QuotaResponse> setQuota(@Valid @RequestBody SetQuotaRequest request) {
        access.operationsCentre("set subsidy quotas");
        commands.sendAndWait(new SetSubsidyQuotaCommand(request.year(), request.places(),
                request.subsidyPerPlace().byLevel()));
        return ResponseEntity.created(URI.create("/api/subsidy-quotas/" + request.year()))
                .body(quota(request.year()));
    }

    @PostMapping("/{year}/allocations")
    @Operation(operationId = "setCityAllocation", summary = "Set a city's allocation of the year's places",
            description = "The city's current allocation counts as free while it is re-set. A larger allocation "
                    + "approves waiting applications of the city at once, first come first served.")
    @ApiResponse(responseCode = "200", description = "The quota with its allocations",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = QuotaResponse.class),
                    examples = @ExampleObject(value = QuotaExamples.QUOTA)))
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = QuotaExamples.INVALID_ALLOCATION)))
    @ApiResponse(responseCode = "404", description = "No quota for the year, or no CITY palace with cityCode",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = QuotaExamples.UNKNOWN_CITY)))
    @ApiResponse(responseCode = "409",
            description = "allocations-exceed-quota (the sum of allocations would exceed the places), "
                    + "allocation-below-reserved",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = QuotaExamples.EXCEEDS_QUOTA)))
    QuotaResponse setAllocation(@PathVariable int year, @Valid @RequestBody SetAllocationRequest request) {
        access.operationsCentre("allocate subsidy places");
        requireQuota(year);
        if (!palaces.hasCity(request.cityCode())) {
            throw new ResourceNotFoundException("city", request.cityCode());
        }
        commands.sendAndWait(new SetCityAllocationCommand(year, request.cityCode(), request.places()));
        return quota(year);
    }

    @GetMapping("/{year}")
    @Operation(operationId = "getSubsidyQuota", summary = "Show a year's quota with every city's allocation",
            description = "Per city: places allocated, reserved (held by approved, admitted, graduated and "
                    + "paid-then-withdrawn applications), waiting and remaining.")
    @ApiResponse(responseCode = "200", description = "The quota",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = QuotaResponse.class),
                    examples = @ExampleObject(value = QuotaExamples.QUOTA)))
    @ApiResponse(responseCode = "404", description = "No quota for the year",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = QuotaExamples.UNKNOWN_YEAR)))
    QuotaResponse quota(@PathVariable int year) {
        access.operationsCentre("see subsidy quotas");
        return quotas.find(year).map(QuotaResponse::of)
                .orElseThrow(() -> new ResourceNotFoundException("subsidy quota of year", String.valueOf(year)));
    }

    private void requireQuota(int year) {
        if (!quotas.exists(year)) {
            throw new ResourceNotFoundException("subsidy quota of year", String.valueOf(year));
        }
    }
}
