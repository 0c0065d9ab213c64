package cn.workerspalace.projection.stats.web;

import cn.workerspalace.projection.export.Table;
import cn.workerspalace.projection.export.Table.Kind;
import cn.workerspalace.projection.stats.api.CityFigures;
import cn.workerspalace.projection.stats.api.CityStats;
import cn.workerspalace.projection.stats.api.PalaceList;
import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.stats.api.ProvinceFigures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The dashboard's city and palace tables as exports, with Chinese column headers and a totals row. The totals are
 * the area's own figures: a worker trained in two cities (or at two palaces) counts once in the total's distinct
 * trainees, so that column is not the sum of the rows.
 */
final class StatsTables {

    static final String TOTAL = "合计";
    private static final Map<String, String> LEVELS = Map.of("PROVINCE", "省级", "CITY", "市级", "COUNTY", "县级");

    private StatsTables() {
    }

    static Table cities(CityStats stats) {
        Table.Builder table = Table.titled(stats.year() + "年各市统计")
                .column("城市代码", Kind.TEXT)
                .column("城市", Kind.TEXT)
                .column("分配名额", Kind.COUNT)
                .column("已占用名额", Kind.COUNT)
                .column("候补人数", Kind.COUNT)
                .column("已资助人数", Kind.COUNT)
                .column("剩余名额", Kind.COUNT)
                .column("已发放补助（元）", Kind.MONEY)
                .column("学历学员", Kind.COUNT)
                .column("开班数", Kind.COUNT)
                .column("已授课节次", Kind.COUNT)
                .column("去重学员", Kind.COUNT)
                .column("参训人次", Kind.COUNT);
        for (CityFigures city : stats.cities()) {
            table.row(Arrays.asList(city.cityCode(), city.name() == null ? city.cityCode() : city.name(),
                    city.allocated(), city.reserved(), city.waiting(), city.paidPlaces(), city.remaining(),
                    city.paidAmount(), city.degreeStudents(), city.classesOpened(), city.lessonsHeld(),
                    city.distinctTrainees(), city.personTimes()));
        }
        ProvinceFigures province = stats.province();
        return table.totals(Arrays.asList(null, "全省" + TOTAL, province.allocated(), province.reserved(),
                        province.waiting(), province.paidPlaces(), province.remaining(), province.paidAmount(),
                        province.degreeStudents(), province.classesOpened(), province.lessonsHeld(),
                        province.distinctTrainees(), province.personTimes()))
                .build();
    }

    static Table palaces(PalaceList list, Map<String, String> cityNames) {
        String area = list.cityCode() == null ? "" : cityNames.getOrDefault(list.cityCode(), list.cityCode());
        Table.Builder table = Table.titled(list.year() + "年" + area + "文化宫统计")
                .column("文化宫编号", Kind.TEXT)
                .column("文化宫", Kind.TEXT)
                .column("级别", Kind.TEXT)
                .column("城市代码", Kind.TEXT)
                .column("城市", Kind.TEXT)
                .column("课程数", Kind.COUNT)
                .column("开班数", Kind.COUNT)
                .column("取消班数", Kind.COUNT)
                .column("结业班数", Kind.COUNT)
                .column("计划节次", Kind.COUNT)
                .column("已授课节次", Kind.COUNT)
                .column("座位数", Kind.COUNT)
                .column("已确认", Kind.COUNT)
                .column("候补", Kind.COUNT)
                .column("参训人次", Kind.COUNT)
                .column("去重学员", Kind.COUNT)
                .column("结业人数", Kind.COUNT);
        List<PalaceStats> palaces = list.palaces();
        for (PalaceStats palace : palaces) {
            table.row(Arrays.asList(palace.palaceId(), palace.name(), LEVELS.getOrDefault(palace.level(),
                            palace.level()), palace.cityCode(), cityNames.getOrDefault(palace.cityCode(), ""),
                    palace.courses(), palace.classesOpened(), palace.classesCancelled(), palace.classesCompleted(),
                    palace.lessons(), palace.lessonsHeld(), palace.seats(), palace.confirmed(), palace.waitlisted(),
                    palace.attendances(), palace.distinctTrainees(), palace.completions()));
        }
        List<Object> totals = new ArrayList<>(Arrays.asList(null, (list.cityCode() == null ? "全省" : area) + TOTAL,
                null, list.cityCode(), list.cityCode() == null ? null : area));
        for (ToLongFunction<PalaceStats> figure : List.<ToLongFunction<PalaceStats>>of(PalaceStats::courses,
                PalaceStats::classesOpened, PalaceStats::classesCancelled, PalaceStats::classesCompleted,
                PalaceStats::lessons, PalaceStats::lessonsHeld, PalaceStats::seats, PalaceStats::confirmed,
                PalaceStats::waitlisted, PalaceStats::attendances)) {
            totals.add(palaces.stream().mapToLong(figure).sum());
        }
        totals.add(list.distinctTrainees());
        totals.add(palaces.stream().mapToLong(PalaceStats::completions).sum());
        return table.totals(totals).build();
    }
}
