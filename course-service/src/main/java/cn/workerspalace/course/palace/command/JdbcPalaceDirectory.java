package cn.workerspalace.course.palace.command;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.course.ServicePointOpenedEvent;
import cn.workerspalace.course.palace.api.CityAlreadyHasPalaceException;
import cn.workerspalace.course.palace.api.PalaceAlreadyExistsException;
import cn.workerspalace.course.palace.api.PalaceDirectory;
import cn.workerspalace.course.palace.api.ProvinceAlreadyRegisteredException;
import cn.workerspalace.course.palace.api.RegisteredPalace;
import cn.workerspalace.course.palace.api.ServicePointAlreadyExistsException;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The palace lookup tables (set-based validation, as in AxonIQ's code samples): a subscribing handler writes them
 * in the transaction that stores the event, so the command handler's check sees every committed palace. Two
 * commands racing past that check meet the unique indexes here; the loser's insert fails, its transaction rolls
 * back with the event, and it is refused with the same rule a sequential request would get.
 */
@Component
@ProcessingGroup("palace-directory")
class JdbcPalaceDirectory implements PalaceDirectory {

    private final JdbcClient jdbc;

    JdbcPalaceDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RegisteredPalace> find(String palaceId) {
        return jdbc.sql("SELECT palace_id, level, city_code FROM palace_directory WHERE palace_id = ?")
                .param(palaceId)
                .query((row, index) -> new RegisteredPalace(row.getString("palace_id"),
                        PalaceLevel.valueOf(row.getString("level")), row.getString("city_code")))
                .optional();
    }

    @Override
    public boolean provinceRegistered() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM palace_directory WHERE level = 'PROVINCE')")
                .query(Boolean.class).single();
    }

    @Override
    public boolean cityHasPalace(String cityCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM palace_directory WHERE level = 'CITY' AND city_code = ?)")
                .param(cityCode)
                .query(Boolean.class).single();
    }

    @Override
    public boolean servicePointExists(String servicePointId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM service_point_directory WHERE service_point_id = ?)")
                .param(servicePointId)
                .query(Boolean.class).single();
    }

    @EventHandler
    void on(PalaceRegisteredEvent event) {
        try {
            jdbc.sql("INSERT INTO palace_directory (palace_id, level, city_code, parent_id) VALUES (?, ?, ?, ?)")
                    .params(event.palaceId(), event.level().name(), event.cityCode(), event.parentId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw switch (constraintOf(e)) {
                case "palace_directory_one_province" -> new ProvinceAlreadyRegisteredException(event.palaceId());
                case "palace_directory_one_city_palace_per_city_code" ->
                        new CityAlreadyHasPalaceException(event.cityCode());
                default -> new PalaceAlreadyExistsException(event.palaceId());
            };
        }
    }

    @EventHandler
    void on(ServicePointOpenedEvent event) {
        try {
            jdbc.sql("INSERT INTO service_point_directory (service_point_id, palace_id) VALUES (?, ?)")
                    .params(event.servicePointId(), event.palaceId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ServicePointAlreadyExistsException(event.servicePointId());
        }
    }

    private static String constraintOf(DuplicateKeyException e) {
        if (e.getMostSpecificCause() instanceof PSQLException psql) {
            ServerErrorMessage message = psql.getServerErrorMessage();
            if (message != null && message.getConstraint() != null) {
                return message.getConstraint();
            }
        }
        return "";
    }
}
