package cn.workerspalace.enrollment.quota.web;

import cn.workerspalace.enrollment.palace.PalaceDirectory;
import cn.workerspalace.enrollment.quota.api.SetCityAllocationCommand;
import cn.workerspalace.enrollment.quota.api.SetSubsidyQuotaCommand;
import cn.workerspalace.enrollment.quota.query.QuotaQueries;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
class QuotaController {

    private final CommandGateway commands;
    private final QuotaQueries quotas;
    private final PalaceDirectory palaces;

    QuotaController(CommandGateway commands, QuotaQueries quotas, PalaceDirectory palaces) {
        this.commands = commands;
        this.quotas = quotas;
        this.palaces = palaces;
    }

    /** 409 when the year has a quota already (its aggregate exists). */
    @PostMapping
    ResponseEntity<QuotaResponse> setQuota(@Valid @RequestBody SetQuotaRequest request) {
        commands.sendAndWait(new SetSubsidyQuotaCommand(request.year(), request.places(),
                request.subsidyPerPlace().byLevel()));
        return ResponseEntity.created(URI.create("/api/subsidy-quotas/" + request.year()))
                .body(quota(request.year()));
    }

    @PostMapping("/{year}/allocations")
    QuotaResponse setAllocation(@PathVariable int year, @Valid @RequestBody SetAllocationRequest request) {
        requireQuota(year);
        if (!palaces.hasCity(request.cityCode())) {
            throw new ResourceNotFoundException("city", request.cityCode());
        }
        commands.sendAndWait(new SetCityAllocationCommand(year, request.cityCode(), request.places()));
        return quota(year);
    }

    @GetMapping("/{year}")
    QuotaResponse quota(@PathVariable int year) {
        return quotas.find(year).map(QuotaResponse::of)
                .orElseThrow(() -> new ResourceNotFoundException("subsidy quota of year", String.valueOf(year)));
    }

    private void requireQuota(int year) {
        if (!quotas.exists(year)) {
            throw new ResourceNotFoundException("subsidy quota of year", String.valueOf(year));
        }
    }
}
