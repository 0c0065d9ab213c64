package cn.workerspalace.localstack.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Figures by where they are shown ("palaces 2026 palace p1", "subsidy 2026 city 370100") and by name. A figure
 * absent on one side counts as 0: the projection lists a city or palace without activity, or leaves it out.
 */
final class Figures {

    private final Map<String, Map<String, BigDecimal>> figures = new TreeMap<>();

    void put(String where, String name, long value) {
        put(where, name, BigDecimal.valueOf(value));
    }

    void put(String where, String name, BigDecimal value) {
        figures.computeIfAbsent(where, ignored -> new LinkedHashMap<>()).put(name, value);
    }

    int count() {
        return figures.values().stream().mapToInt(Map::size).sum();
    }

    /** Every figure that differs, as "where name: write side X, read model Y". */
    List<String> differencesFrom(Figures readModel) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> places = new TreeSet<>(figures.keySet());
        places.addAll(readModel.figures.keySet());
        for (String where : places) {
            Map<String, BigDecimal> expected = figures.getOrDefault(where, Map.of());
            Map<String, BigDecimal> actual = readModel.figures.getOrDefault(where, Map.of());
            TreeSet<String> names = new TreeSet<>(expected.keySet());
            names.addAll(actual.keySet());
            for (String name : names) {
                BigDecimal write = expected.getOrDefault(name, BigDecimal.ZERO);
                BigDecimal read = actual.getOrDefault(name, BigDecimal.ZERO);
                if (write.compareTo(read) != 0) {
                    differences.add(where + " " + name + ": write side " + write.toPlainString() + ", read model "
                            + read.toPlainString());
                }
            }
        }
        return differences;
    }
}
