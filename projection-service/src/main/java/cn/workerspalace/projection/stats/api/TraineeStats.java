package cn.workerspalace.projection.stats.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Trainee totals for a year rolled up palace -> city -> province. A worker trained in two cities counts once in
 * each city and once in the province, so the province's {@code distinctTrainees} can be below the cities' sum.
 */
public record TraineeStats(
        int year,
        TraineeFigures province,
        List<CityTraineeFigures> cities,
        OffsetDateTime asOfEvent) {
}
