package cn.workerspalace.projection.stats.web;

import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.stats.api.StatsYear;
import cn.workerspalace.projection.stats.api.TraineeStats;
import cn.workerspalace.projection.stats.query.StatsQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

    private final StatsQueries queries;
    private final Clock clock;

    StatsController(StatsQueries queries, Clock clock) {
        this.queries = queries;
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
    TraineeStats trainees(@Parameter(description = YEAR) @RequestParam(required = false) Integer year) {
        return queries.trainees(StatsYear.resolve(year, clock));
    }
}
