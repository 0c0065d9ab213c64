package cn.workerspalace.projection.stats.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The operations centre's overview of a year: the province and every city, the province's cities listed even
 * without activity, and any other city code that palaces or applications name. One snapshot.
 */
public record CityStats(
        int year,
        ProvinceFigures province,
        List<CityFigures> cities,
        OffsetDateTime asOfEvent) {
}
