package cn.workerspalace.localstack.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shandong's cities and county-level divisions with their GB/T 2260 codes, read from shandong-divisions.csv. */
final class Divisions {

    record County(String code, String name) {
    }

    record City(String code, String name, List<County> counties) {
    }

    private Divisions() {
    }

    static List<City> shandong() {
        Map<String, City> cities = new LinkedHashMap<>();
        try (InputStream csv = Divisions.class.getResourceAsStream("/shandong-divisions.csv")) {
            if (csv == null) {
                throw new IllegalStateException("shandong-divisions.csv is not on the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
            lines.readLine();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                City city = cities.computeIfAbsent(cells[0], code -> new City(code, cells[1], new ArrayList<>()));
                city.counties().add(new County(cells[2].trim(), cells[3].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cities.values().stream()
                .map(city -> new City(city.code(), city.name(), List.copyOf(city.counties())))
                .toList();
    }
}
