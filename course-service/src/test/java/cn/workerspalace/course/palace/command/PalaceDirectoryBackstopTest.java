package cn.workerspalace.course.palace.command;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.course.ServicePointOpenedEvent;
import cn.workerspalace.course.IntegrationTest;
import cn.workerspalace.course.palace.api.CityAlreadyHasPalaceException;
import cn.workerspalace.course.palace.api.PalaceAlreadyExistsException;
import cn.workerspalace.course.palace.api.ProvinceAlreadyRegisteredException;
import cn.workerspalace.course.palace.api.ServicePointAlreadyExistsException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When two commands both pass the directory check (a race), the unique indexes of the lookup tables refuse the
 * second insert and the handler names the rule. Exercised here without the race, straight on the handler.
 */
class PalaceDirectoryBackstopTest extends IntegrationTest {

    @Autowired
    private JdbcPalaceDirectory directory;
    @Autowired
    private TransactionTemplate transaction;

    @Test
    void the_unique_index_refuses_a_second_city_palace_for_a_city_code() {
        String cityCode = newCityCode();
        String parent = province();
        register(new PalaceRegisteredEvent(newId("city"), "市宫", PalaceLevel.CITY, cityCode, parent));

        assertThatThrownBy(() -> register(
                new PalaceRegisteredEvent(newId("city"), "市宫", PalaceLevel.CITY, cityCode, parent)))
                .isInstanceOf(CityAlreadyHasPalaceException.class);
    }

    @Test
    void the_unique_index_refuses_a_second_province_palace() {
        province();

        assertThatThrownBy(() -> register(
                new PalaceRegisteredEvent(newId("prov"), "省宫", PalaceLevel.PROVINCE, "370000", null)))
                .isInstanceOf(ProvinceAlreadyRegisteredException.class);
    }

    @Test
    void the_primary_key_refuses_a_palace_id_twice() {
        String palaceId = cityPalace();

        assertThatThrownBy(() -> register(
                new PalaceRegisteredEvent(palaceId, "县宫", PalaceLevel.COUNTY, newCityCode(), PROVINCE_ID)))
                .isInstanceOf(PalaceAlreadyExistsException.class);
    }

    @Test
    void the_primary_key_refuses_a_service_point_id_twice() {
        String palaceId = cityPalace();
        String servicePointId = newId("sp");
        transaction.executeWithoutResult(status ->
                directory.on(new ServicePointOpenedEvent(palaceId, servicePointId, "站", "路")));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                directory.on(new ServicePointOpenedEvent(palaceId, servicePointId, "站", "路"))))
                .isInstanceOf(ServicePointAlreadyExistsException.class);
    }

    private void register(PalaceRegisteredEvent event) {
        transaction.executeWithoutResult(status -> directory.on(event));
    }
}
