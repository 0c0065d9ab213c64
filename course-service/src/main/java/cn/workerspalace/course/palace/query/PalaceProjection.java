package cn.workerspalace.course.palace.query;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.course.ServicePointOpenedEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The palaces as the API shows them, written by a subscribing handler in the event's transaction (so a palace is
 * readable as soon as its POST answers) and read by the controller.
 */
@Component
@ProcessingGroup("palace-view")
public class PalaceProjection {

    private static final String SELECT_PALACES = "SELECT palace_id, name, level, city_code, parent_id FROM palace_view";
    private static final String SELECT_SERVICE_POINTS =
            "SELECT service_point_id, palace_id, name, address FROM service_point_view";

    private final JdbcClient jdbc;

    PalaceProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PalaceRegisteredEvent event) {
        jdbc.sql("INSERT INTO palace_view (palace_id, name, level, city_code, parent_id) VALUES (?, ?, ?, ?, ?)")
                .params(event.palaceId(), event.name(), event.level().name(), event.cityCode(), event.parentId())
                .update();
    }

    @EventHandler
    void on(ServicePointOpenedEvent event) {
        jdbc.sql("INSERT INTO service_point_view (service_point_id, palace_id, name, address) VALUES (?, ?, ?, ?)")
                .params(event.servicePointId(), event.palaceId(), event.name(), event.address())
                .update();
    }

    /** Every palace: the province first, then cities and counties by city code. */
    public List<PalaceView> all() {
        Map<String, List<ServicePointView>> servicePoints = jdbc.sql(SELECT_SERVICE_POINTS + " ORDER BY position")
                .query(PalaceProjection::servicePoint).list().stream()
                .collect(Collectors.groupingBy(ServicePointView::palaceId));
        return jdbc.sql(SELECT_PALACES + """
                         ORDER BY CASE level WHEN 'PROVINCE' THEN 0 WHEN 'CITY' THEN 1 ELSE 2 END, city_code, palace_id
                        """)
                .query((row, index) -> palace(row, servicePoints.getOrDefault(row.getString("palace_id"), List.of())))
                .list();
    }

    public Optional<PalaceView> byId(String palaceId) {
        List<ServicePointView> servicePoints = jdbc.sql(SELECT_SERVICE_POINTS + " WHERE palace_id = ? ORDER BY position")
                .param(palaceId)
                .query(PalaceProjection::servicePoint).list();
        return jdbc.sql(SELECT_PALACES + " WHERE palace_id = ?")
                .param(palaceId)
                .query((row, index) -> palace(row, servicePoints))
                .optional();
    }

    public Optional<ServicePointView> servicePoint(String palaceId, String servicePointId) {
        return jdbc.sql(SELECT_SERVICE_POINTS + " WHERE palace_id = ? AND service_point_id = ?")
                .params(palaceId, servicePointId)
                .query(PalaceProjection::servicePoint)
                .optional();
    }

    public boolean exists(String palaceId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM palace_view WHERE palace_id = ?)")
                .param(palaceId)
                .query(Boolean.class).single();
    }

    private static PalaceView palace(ResultSet row, List<ServicePointView> servicePoints) throws SQLException {
        return new PalaceView(row.getString("palace_id"), row.getString("name"),
                PalaceLevel.valueOf(row.getString("level")), row.getString("city_code"), row.getString("parent_id"),
                servicePoints);
    }

    private static ServicePointView servicePoint(ResultSet row, int index) throws SQLException {
        return new ServicePointView(row.getString("service_point_id"), row.getString("palace_id"),
                row.getString("name"), row.getString("address"));
    }
}
