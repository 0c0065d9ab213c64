package cn.workerspalace.projection.stats.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The province's cities and their names, from {@code classpath:province-cities.csv}. */
@Component
class ProvinceCities {

    record City(String code, String name, String nameEn, boolean listed) {
    }

    private final Map<String, City> byCode = new LinkedHashMap<>();

    ProvinceCities() {
        this("province-cities.csv");
    }

    ProvinceCities(String resource) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("city_code,"))
                    .map(line -> line.split(",", -1))
                    .forEach(cells -> byCode.put(cells[0], new City(cells[0], cells[1], cells[2],
                            Boolean.parseBoolean(cells[3]))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The codes always listed, in their order. */
    List<String> listed() {
        List<String> codes = new ArrayList<>();
        byCode.values().stream().filter(City::listed).forEach(city -> codes.add(city.code()));
        return codes;
    }

    /** Every known code's name. */
    Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        byCode.values().forEach(city -> names.put(city.code(), city.name()));
        return names;
    }

    Optional<City> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
