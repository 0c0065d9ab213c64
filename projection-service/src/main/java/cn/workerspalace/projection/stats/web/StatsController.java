package cn.workerspalace.projection.stats.web;

import cn.workerspalace.projection.ProjectionApplication;
import cn.workerspalace.projection.export.CsvExport;
import cn.workerspalace.projection.export.Table;
import cn.workerspalace.projection.export.XlsxExport;
import cn.workerspalace.projection.stats.api.CategoryFigures;
import cn.workerspalace.projection.stats.api.CityCode;
import cn.workerspalace.projection.stats.api.CityStats;
import cn.workerspalace.projection.stats.api.ClassFigures;
import cn.workerspalace.projection.stats.api.PalaceList;
import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.stats.api.StatsDate;
import cn.workerspalace.projection.stats.api.StatsYear;
import cn.workerspalace.projection.stats.api.StatsYears;
import cn.workerspalace.projection.stats.api.SubsidyDaily;
import cn.workerspalace.projection.stats.api.SubsidyStats;
import cn.workerspalace.projection.stats.api.TraineeStats;
import cn.workerspalace.projection.stats.query.CityQueries;
import cn.workerspalace.projection.stats.query.StatsQueries;
import cn.workerspalace.projection.stats.query.SubsidyQueries;
import cn.workerspalace.projection.web.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stats")
@Tag(name = "figures", description = "The operations centre's figures, computed from the read models of both topics")
class StatsController {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final String YEAR = "the year of the classes (of their first lesson, Asia/Shanghai); "
            + "this year when absent";
    private static final String APPLICATION_YEAR = "the year of the degree applications and of the quota; "
            + "this year when absent";
    private static final String BOTH_YEARS = "the year of the classes and of the degree applications and quota; "
            + "this year when absent";
    private static final String AS_OF = "YYYY-MM-DD: the figures as they stood at the end of that day "
            + "(Asia/Shanghai); the figures now when absent";
    private static final int TOP_LIMIT = 10;
    private static final int MAX_LIMIT = 100;

    private final StatsQueries queries;
    private final SubsidyQueries subsidy;
    private final CityQueries cities;
    private final Clock clock;

    StatsController(StatsQueries queries, SubsidyQueries subsidy, CityQueries cities, Clock clock) {
        this.queries = queries;
        this.subsidy = subsidy;
        this.cities = cities;
        this.clock = clock;
    }

    @Operation(summary = "Figures of every registered palace for a year, as JSON, CSV or .xlsx",
            description = "All palaces, or those of one city with `cityCode`. The format follows `format` or else "
                    + "the Accept header; CSV and .xlsx carry Chinese column headers and a totals row (the "
                    + "area's distinct trainees, not the rows' sum).")
    @ApiResponse(responseCode = "200", description = "one entry per palace", content = {
        @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = PalaceStats.class)),
                examples = @ExampleObject(value = StatsExamples.PALACES)),
        @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = "string"),
                examples = @ExampleObject(value = StatsExamples.PALACES_CSV)),
        @Content(mediaType = XlsxExport.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "400", description = "year, cityCode or format invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = StatsExamples.INVALID)))
    @GetMapping("/palaces")
    ResponseEntity<?> palaces(
            @Parameter(description = YEAR) @RequestParam(required = false) Integer year,
            @Parameter(description = "only the palaces of this city (6 digits)", example = "370100")
            @RequestParam(required = false) String cityCode,
            @Parameter(description = ExportFormat.PARAMETER_DESCRIPTION,
                    schema = @Schema(allowableValues = {"json", "csv", "xlsx"}))
            @RequestParam(required = false) String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        int resolvedYear = StatsYear.resolve(year, clock);
        String city = CityCode.parse("cityCode", cityCode);
        ExportFormat answer = ExportFormat.negotiate(format, accept);
        if (answer == ExportFormat.JSON) {
            return ResponseEntity.ok().contentType(answer.mediaType).body(city == null
                    ? queries.palaces(resolvedYear) : queries.palacesOfCity(resolvedYear, city));
        }
        PalaceList list = cities.palaces(resolvedYear, city);
        return file(StatsTables.palaces(list, cities.cityNames()), answer,
                "palaces-" + (city == null ? "" : city + "-") + resolvedYear,
                (city == null ? "" : cities.cityNames().getOrDefault(city, city)) + "文化宫统计-" + resolvedYear);
    }

    @Operation(summary = "Figures of one palace for a year; zeros before any activity, 404 for an unknown palace")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = PalaceStats.class),
            examples = @ExampleObject(value = StatsExamples.PALACE)))
    @ApiResponse(responseCode = "404", description = "no such palace",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = StatsExamples.NOT_FOUND)))
    @GetMapping("/palaces/{palaceId}")
    PalaceStats palace(@PathVariable String palaceId,
                       @Parameter(description = YEAR) @RequestParam(required = false) Integer year) {
        return queries.palace(palaceId, StatsYear.resolve(year, clock));
    }

    @Operation(summary = "The classes of one palace in a year: capacity, confirmed, waitlisted, attendance",
            description = "The dashboard's drill-down from a palace; sorted by category, course and title. "
                    + "A cancelled class holds no sign-ups.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
            array = @ArraySchema(schema = @Schema(implementation = ClassFigures.class)),
            examples = @ExampleObject(value = StatsExamples.CLASSES)))
    @ApiResponse(responseCode = "404", description = "no such palace",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = StatsExamples.NOT_FOUND)))
    @GetMapping("/palaces/{palaceId}/classes")
    List<ClassFigures> classes(@PathVariable String palaceId,
                               @Parameter(description = YEAR) @RequestParam(required = false) Integer year) {
        return queries.classes(palaceId, StatsYear.resolve(year, clock));
    }

    @Operation(summary = "The province and every city for a year, as JSON, CSV or .xlsx",
            description = "The dashboard's summary and city table: subsidy places (quota for the province, "
                    + "allocated, reserved, waiting, paid, remaining), money paid, degree students, classes, lessons, "
                    + "distinct trainees and person-times. The province's 16 cities are always listed, with any other "
                    + "city code that palaces or applications name. CSV and .xlsx hold the city table with Chinese "
                    + "headers and the province as totals row.")
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = JSON, schema = @Schema(implementation = CityStats.class),
                examples = @ExampleObject(value = StatsExamples.CITIES)),
        @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = "string"),
                examples = @ExampleObject(value = StatsExamples.CITIES_CSV)),
        @Content(mediaType = XlsxExport.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "400", description = "year or format invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = StatsExamples.INVALID)))
    @GetMapping("/cities")
    ResponseEntity<?> cities(
            @Parameter(description = BOTH_YEARS) @RequestParam(required = false) Integer year,
            @Parameter(description = ExportFormat.PARAMETER_DESCRIPTION,
                    schema = @Schema(allowableValues = {"json", "csv", "xlsx"}))
            @RequestParam(required = false) String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        int resolvedYear = StatsYear.resolve(year, clock);
        ExportFormat answer = ExportFormat.negotiate(format, accept);
        CityStats stats = cities.cities(resolvedYear);
        if (answer == ExportFormat.JSON) {
            return ResponseEntity.ok().contentType(answer.mediaType).body(stats);
        }
        return file(StatsTables.cities(stats), answer, "cities-" + resolvedYear, "各市统计-" + resolvedYear);
    }

    @Operation(summary = "Trainee totals for a year rolled up palace -> city -> province")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = TraineeStats.class),
            examples = @ExampleObject(value = StatsExamples.TRAINEES)))
    @GetMapping("/trainees")
    TraineeStats trainees(@Parameter(description = YEAR + "; for degree students, the year of the application")
                          @RequestParam(required = false) Integer year) {
        return queries.trainees(StatsYear.resolve(year, clock));
    }

    @Operation(summary = "Subsidy uptake of the degree programme for a year, province-wide and per city, now or "
            + "as of the end of a past day; zeros (quota 0) for a year without a quota")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = SubsidyStats.class),
            examples = @ExampleObject(value = StatsExamples.SUBSIDY)))
    @ApiResponse(responseCode = "400", description = "year or asOf invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = StatsExamples.INVALID)))
    @GetMapping("/subsidy")
    SubsidyStats subsidy(@Parameter(description = APPLICATION_YEAR) @RequestParam(required = false) Integer year,
                         @Parameter(description = AS_OF, schema = @Schema(type = "string", format = "date"))
                         @RequestParam(required = false) String asOf) {
        int resolvedYear = StatsYear.resolve(year, clock);
        return subsidy.subsidy(resolvedYear, StatsDate.parse("asOf", asOf));
    }

    @Operation(summary = "Subsidy uptake of a year day by day, province-wide",
            description = "One entry per day on which a figure changed, with the figures at the end of that day "
                    + "(Asia/Shanghai): exactly what `/api/stats/subsidy?asOf=` that day answers. The dashboard's "
                    + "uptake chart.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = SubsidyDaily.class),
            examples = @ExampleObject(value = StatsExamples.SUBSIDY_DAILY)))
    @GetMapping("/subsidy/daily")
    SubsidyDaily subsidyDaily(@Parameter(description = APPLICATION_YEAR)
                              @RequestParam(required = false) Integer year) {
        return subsidy.daily(StatsYear.resolve(year, clock));
    }

    @Operation(summary = "The classes of a year by course category",
            description = "Courses, classes opened, cancelled and completed, seats, confirmed sign-ups and "
                    + "attendances per category, the categories with the most classes first.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
            array = @ArraySchema(schema = @Schema(implementation = CategoryFigures.class)),
            examples = @ExampleObject(value = StatsExamples.CATEGORIES)))
    @GetMapping("/classes-by-category")
    List<CategoryFigures> classesByCategory(@Parameter(description = YEAR)
                                            @RequestParam(required = false) Integer year) {
        return queries.categories(StatsYear.resolve(year, clock));
    }

    @Operation(summary = "The palaces with the most distinct trainees in a year",
            description = "The basis of the yearly palace evaluation: palaces by distinct trainees, then "
                    + "attendances; palaces without a trainee are left out.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
            array = @ArraySchema(schema = @Schema(implementation = PalaceStats.class)),
            examples = @ExampleObject(value = StatsExamples.PALACES)))
    @GetMapping("/top-palaces")
    List<PalaceStats> topPalaces(@Parameter(description = YEAR) @RequestParam(required = false) Integer year,
                                 @Parameter(description = "how many palaces, 1 to " + MAX_LIMIT + "; "
                                         + TOP_LIMIT + " when absent")
                                 @RequestParam(required = false) Integer limit) {
        int resolvedLimit = limit == null ? TOP_LIMIT : limit;
        if (resolvedLimit < 1 || resolvedLimit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "must be from 1 to " + MAX_LIMIT);
        }
        return queries.topPalaces(StatsYear.resolve(year, clock), resolvedLimit);
    }

    @Operation(summary = "The years that have figures, and this year",
            description = "Years with classes, subsidy quota facts or degree applications, newest first; "
                    + "`current` is this year in Asia/Shanghai. The dashboard's year selector.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = StatsYears.class),
            examples = @ExampleObject(value = StatsExamples.YEARS)))
    @GetMapping("/years")
    StatsYears years() {
        return new StatsYears(LocalDate.now(clock.withZone(ProjectionApplication.PROGRAMME_ZONE)).getYear(),
                queries.years());
    }

    private static ResponseEntity<byte[]> file(Table table, ExportFormat format, String asciiName, String name) {
        byte[] body = format == ExportFormat.CSV ? CsvExport.write(table) : XlsxExport.write(table);
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(name + "." + format.extension, StandardCharsets.UTF_8)
                .build();
        // the UTF-8 name is for browsers; older clients read the plain one
        String header = "attachment; filename=\"" + asciiName + "." + format.extension + "\"; "
                + disposition.toString().substring(disposition.toString().indexOf("filename*="));
        return ResponseEntity.ok()
                .contentType(format.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, header)
                .body(body);
    }
}
