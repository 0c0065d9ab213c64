package cn.workerspalace.enrollment.palace;

import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.course.ServicePointOpenedEvent;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The palaces and service points known from course-service. */
@Repository
public class PalaceDirectory {

    private final JdbcTemplate jdbc;

    PalaceDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(PalaceRegisteredEvent palace) {
        jdbc.update("""
                INSERT INTO palace_directory (palace_id, name, level, city_code, parent_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (palace_id) DO UPDATE
                   SET name = excluded.name, level = excluded.level, city_code = excluded.city_code,
                       parent_id = excluded.parent_id""",
                palace.palaceId(), palace.name(), palace.level().name(), palace.cityCode(), palace.parentId());
    }

    public void record(ServicePointOpenedEvent servicePoint) {
        jdbc.update("""
                INSERT INTO service_point_directory (service_point_id, palace_id, name) VALUES (?, ?, ?)
                ON CONFLICT (service_point_id) DO UPDATE SET palace_id = excluded.palace_id, name = excluded.name""",
                servicePoint.servicePointId(), servicePoint.palaceId(), servicePoint.name());
    }

    public Optional<Palace> findPalace(String palaceId) {
        return jdbc.query("SELECT palace_id, level, city_code FROM palace_directory WHERE palace_id = ?",
                (row, n) -> new Palace(row.getString(1), row.getString(2), row.getString(3)), palaceId)
                .stream().findFirst();
    }

    /** True when a CITY palace with this city code is known: the cities the subsidy quota is allocated to. */
    public boolean hasCity(String cityCode) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM palace_directory WHERE city_code = ? AND level = 'CITY')",
                Boolean.class, cityCode));
    }

    public boolean hasServicePoint(String palaceId, String servicePointId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM service_point_directory WHERE service_point_id = ? AND palace_id = ?)",
                Boolean.class, servicePointId, palaceId));
    }

    /** True when any palace has opened a service point with this id. */
    public boolean hasServicePoint(String servicePointId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM service_point_directory WHERE service_point_id = ?)",
                Boolean.class, servicePointId));
    }

    /** A palace as registration needs it. */
    public record Palace(String palaceId, String level, String cityCode) {
    }
}
