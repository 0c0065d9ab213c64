package cn.workerspalace.course.palace.api;

import java.util.Optional;

/**
 * The set-based facts behind palace rules (which ids, cities and service points are taken), kept in the same
 * transaction as the events that change them, so a command handler can check them before it applies anything.
 */
public interface PalaceDirectory {

    Optional<RegisteredPalace> find(String palaceId);

    boolean provinceRegistered();

    boolean cityHasPalace(String cityCode);

    boolean servicePointExists(String servicePointId);
}
