package cn.workerspalace.course.palace.api;

import cn.workerspalace.contracts.course.PalaceLevel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The palace directory as aggregate tests arrange it. */
public class InMemoryPalaceDirectory implements PalaceDirectory {

    private final Map<String, RegisteredPalace> palaces = new HashMap<>();
    private final Set<String> servicePoints = new HashSet<>();

    public InMemoryPalaceDirectory with(String palaceId, PalaceLevel level, String cityCode) {
        palaces.put(palaceId, new RegisteredPalace(palaceId, level, cityCode));
        return this;
    }

    public InMemoryPalaceDirectory withServicePoint(String servicePointId) {
        servicePoints.add(servicePointId);
        return this;
    }

    @Override
    public Optional<RegisteredPalace> find(String palaceId) {
        return Optional.ofNullable(palaces.get(palaceId));
    }

    @Override
    public boolean provinceRegistered() {
        return palaces.values().stream().anyMatch(palace -> palace.level() == PalaceLevel.PROVINCE);
    }

    @Override
    public boolean cityHasPalace(String cityCode) {
        return palaces.values().stream()
                .anyMatch(palace -> palace.level() == PalaceLevel.CITY && palace.cityCode().equals(cityCode));
    }

    @Override
    public boolean servicePointExists(String servicePointId) {
        return servicePoints.contains(servicePointId);
    }
}
