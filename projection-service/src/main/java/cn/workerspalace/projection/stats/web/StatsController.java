package cn.workerspalace.projection.stats.web;

import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.stats.api.StatsDate;
import cn.workerspalace.projection.stats.api.StatsYear;
import cn.workerspalace.projection.stats.api.SubsidyStats;
import cn.workerspalace.projection.stats.api.TraineeStats;
import cn.workerspalace.projection.stats.query.StatsQueries;
import cn.workerspalace.projection.stats.query.SubsidyQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stats")
class StatsController {

    private static final String YEAR = "the year of the classes (of their first lesson, Asia/Shanghai); "
            + "this year when absent";

    private static final String APPLICATION_YEAR = "the year of the degree applications and of the quota; "
            + "this year when absent";
    private static final String AS_OF = "YYYY-MM-DD: the figures as they stood at the end of that day "
            + "(Asia/Shanghai); the figures now when absent";

    private final StatsQueries queries;
    private final SubsidyQueries subsidy;
    private final Clock clock;

    StatsController(StatsQueries queries, SubsidyQueries subsidy, Clock clock) {
        this.queries = queries;
        this.subsidy = subsidy;
        this.clock = clock;
    }

    @Operation(summary = "Figures of every registered palace for a year")
    @GetMapping("/palaces")
    List<PalaceStats> palaces(@Parameter(description = YEAR) @RequestParam(required = false) Integer year) {
        return queries.palaces(StatsYear.resolve(year, clock));
    }

    @Operation(summary = "Figures of one palace for a year; zeros before any activity, 404 for an unknown palace")
    @GetMapping("/palaces/{palaceId}")
    PalaceStats palace(@PathVariable String palaceId,
                       @Parameter(description = YEAR) @RequestParam(required = false) Integer year) {
        return queries.palace(palaceId, StatsYear.resolve(year, clock));
    }

    @Operation(summary = "Trainee totals for a year rolled up palace -> city -> province")
    @GetMapping("/trainees")
    TraineeStats trainees(@Parameter(description = YEAR + "; for degree students, the year of the application") @RequestParam(required = false) Integer year) {
        return queries.trainees(StatsYear.resolve(year, clock));
    }

    @Operation(summary = "Subsidy uptake of the degree programme for a year, province-wide and per city, now or "
            + "as of the end of a past day; zeros (quota 0) for a year without a quota")
    @GetMapping("/subsidy")
    SubsidyStats subsidy(@Parameter(description = APPLICATION_YEAR) @RequestParam(required = false) Integer year,
                         @Parameter(description = AS_OF, schema = @Schema(type = "string", format = "date"))
                         @RequestParam(required = false) String asOf) {
        int resolvedYear = StatsYear.resolve(year, clock);
        return subsidy.subsidy(resolvedYear, StatsDate.parse("asOf", asOf));
    }
}
