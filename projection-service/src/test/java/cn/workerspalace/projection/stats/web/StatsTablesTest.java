package cn.workerspalace.projection.stats.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.projection.export.Table;
import cn.workerspalace.projection.stats.api.CityFigures;
import cn.workerspalace.projection.stats.api.CityStats;
import cn.workerspalace.projection.stats.api.PalaceList;
import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.stats.api.ProvinceFigures;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsTablesTest {

    private final CityStats stats = new CityStats(2026,
            new ProvinceFigures(3, 100, 9, 6, 1, 4, new BigDecimal("14000"), 0, 1, 3, 5, 3, 4, 0, 1, 20, 12, 90, 80,
                    2, 70, 300, 20),
            List.of(new CityFigures("370100", "济南市", "Jinan", 2, 5, 4, 1, 3, new BigDecimal("10000"), 0, 1, 1, 4, 2,
                            3, 0, 1, 15, 9, 60, 50, 2, 45, 200, 20),
                    new CityFigures("379900", null, null, 1, 4, 2, 0, 1, new BigDecimal("4000"), 0, 0, 2, 1, 1, 1, 0,
                            0, 5, 3, 30, 30, 0, 30, 100, 0)),
            null);

    @Test
    void the_city_table_has_chinese_headers_a_row_per_city_and_the_province_as_totals() {
        Table table = StatsTables.cities(stats);

        assertThat(table.title()).isEqualTo("2026年各市统计");
        assertThat(table.columns()).extracting(Table.Column::header).containsExactly("城市代码", "城市", "分配名额",
                "已占用名额", "候补人数", "已资助人数", "剩余名额", "已发放补助（元）", "学历学员", "开班数", "已授课节次",
                "去重学员", "参训人次");
        assertThat(table.rows()).containsExactly(
                List.of("370100", "济南市", 5L, 4L, 1L, 3L, 1L, new BigDecimal("10000"), 4L, 3L, 9L, 45L, 200L),
                List.of("379900", "379900", 4L, 2L, 0L, 1L, 2L, new BigDecimal("4000"), 1L, 1L, 3L, 30L, 100L));
        // the province's distinct trainees (70), not the cities' sum (75): one worker trained in both
        assertThat(table.totals()).isEqualTo(Arrays.asList(null, "全省合计", 9L, 6L, 1L, 4L, 3L,
                new BigDecimal("14000"), 5L, 4L, 12L, 70L, 300L));
    }

    @Test
    void the_palace_table_sums_the_palaces_but_counts_a_worker_once_in_the_total_of_distinct_trainees() {
        PalaceList list = new PalaceList(2026, "370100", List.of(
                new PalaceStats("p1", "济南市工人文化宫", "CITY", "370100", 2026, 2, 3, 1, 1, 7, 5, 5, 5, 1, 8, 7, 2,
                        null),
                new PalaceStats("p2", "历城区工人文化宫", "COUNTY", "370100", 2026, 1, 1, 0, 0, 1, 1, 3, 2, 0, 1, 2, 0,
                        null)), 8);

        Table table = StatsTables.palaces(list, Map.of("370100", "济南市"));

        assertThat(table.title()).isEqualTo("2026年济南市文化宫统计");
        assertThat(table.columns()).extracting(Table.Column::header).startsWith("文化宫编号", "文化宫", "级别",
                "城市代码", "城市", "课程数", "开班数");
        assertThat(table.rows().get(1)).isEqualTo(List.of("p2", "历城区工人文化宫", "县级", "370100", "济南市", 1L, 1L,
                0L, 0L, 1L, 1L, 3L, 2L, 0L, 1L, 2L, 0L));
        assertThat(table.totals()).isEqualTo(Arrays.asList(null, "济南市合计", null, "370100", "济南市", 3L, 4L, 1L,
                1L, 8L, 6L, 8L, 7L, 1L, 9L, 8L, 2L));
    }
}
