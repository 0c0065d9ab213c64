package cn.workerspalace.course.palace.command;

import static cn.workerspalace.course.support.InvalidCommandMatcher.invalidField;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.course.ServicePointOpenedEvent;
import cn.workerspalace.course.palace.api.CityAlreadyHasPalaceException;
import cn.workerspalace.course.palace.api.CountyOutsideParentCityException;
import cn.workerspalace.course.palace.api.InMemoryPalaceDirectory;
import cn.workerspalace.course.palace.api.OpenServicePointCommand;
import cn.workerspalace.course.palace.api.PalaceAlreadyExistsException;
import cn.workerspalace.course.palace.api.ParentLevelMismatchException;
import cn.workerspalace.course.palace.api.ProvinceAlreadyRegisteredException;
import cn.workerspalace.course.palace.api.RegisterPalaceCommand;
import cn.workerspalace.course.palace.api.ServicePointAlreadyExistsException;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PalaceTest {

    private final InMemoryPalaceDirectory directory = new InMemoryPalaceDirectory();
    private AggregateTestFixture<Palace> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Palace.class);
        fixture.registerInjectableResource(directory);
    }

    @Test
    void the_first_province_palace_is_registered_without_a_parent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("sd", "山东省职工文化中心", PalaceLevel.PROVINCE, "370000", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PalaceRegisteredEvent("sd", "山东省职工文化中心", PalaceLevel.PROVINCE, "370000", null));
    }

    @Test
    void a_province_palace_with_a_parent_is_refused() {
        directory.with("other", PalaceLevel.CITY, "370100");
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("sd", "省宫", PalaceLevel.PROVINCE, "370000", "other"))
                .expectException(invalidField("parentId"))
                .expectNoEvents();
    }

    @Test
    void a_second_province_palace_is_refused() {
        directory.with("sd", PalaceLevel.PROVINCE, "370000");
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("sd2", "另一个省宫", PalaceLevel.PROVINCE, "370000", null))
                .expectException(ProvinceAlreadyRegisteredException.class)
                .expectNoEvents();
    }

    @Test
    void a_palace_id_already_registered_is_refused() {
        directory.with("sd", PalaceLevel.PROVINCE, "370000");
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("sd", "济南市工人文化宫", PalaceLevel.CITY, "370100", "sd"))
                .expectException(PalaceAlreadyExistsException.class)
                .expectNoEvents();
    }

    @Test
    void a_city_palace_is_registered_under_the_province_palace() {
        directory.with("sd", PalaceLevel.PROVINCE, "370000");
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("jn", "济南市工人文化宫", PalaceLevel.CITY, "370100", "sd"))
                .expectEvents(new PalaceRegisteredEvent("jn", "济南市工人文化宫", PalaceLevel.CITY, "370100", "sd"));
    }

    @Test
    void a_city_palace_without_a_parent_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("jn", "济南市工人文化宫", PalaceLevel.CITY, "370100", null))
                .expectException(invalidField("parentId"))
                .expectNoEvents();
    }

    @Test
    void a_city_palace_under_an_unknown_parent_is_refused_as_not_found() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("jn", "济南市工人文化宫", PalaceLevel.CITY, "370100", "nowhere"))
                .expectException(ResourceNotFoundException.class)
                .expectExceptionMessage("palace nowhere does not exist")
                .expectNoEvents();
    }

    @Test
    void a_city_palace_under_another_city_palace_is_refused() {
        directory.with("sd", PalaceLevel.PROVINCE, "370000").with("qd", PalaceLevel.CITY, "370200");
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("jn", "济南市工人文化宫", PalaceLevel.CITY, "370100", "qd"))
                .expectException(ParentLevelMismatchException.class)
                .expectNoEvents();
    }

    @Test
    void a_second_city_palace_for_the_same_city_code_is_refused() {
        directory.with("sd", PalaceLevel.PROVINCE, "370000").with("jn", PalaceLevel.CITY, "370100");
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("jn2", "济南第二宫", PalaceLevel.CITY, "370100", "sd"))
                .expectException(CityAlreadyHasPalaceException.class)
                .expectExceptionMessage("city 370100 already has a CITY palace")
                .expectNoEvents();
    }

    @Test
    void county_palaces_of_one_city_are_registered_under_its_city_palace_with_its_code() {
        directory.with("sd", PalaceLevel.PROVINCE, "370000").with("jn", PalaceLevel.CITY, "370100")
                .with("lx", PalaceLevel.COUNTY, "370100");
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("sz", "市中区工人文化宫", PalaceLevel.COUNTY, "370100", "jn"))
                .expectEvents(new PalaceRegisteredEvent("sz", "市中区工人文化宫", PalaceLevel.COUNTY, "370100", "jn"));
    }

    @Test
    void a_county_palace_under_the_province_palace_is_refused() {
        directory.with("sd", PalaceLevel.PROVINCE, "370000");
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("lx", "历下区工人文化宫", PalaceLevel.COUNTY, "370000", "sd"))
                .expectException(ParentLevelMismatchException.class)
                .expectNoEvents();
    }

    @Test
    void a_county_palace_under_another_county_palace_is_refused() {
        directory.with("lx", PalaceLevel.COUNTY, "370100");
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("sz", "市中区工人文化宫", PalaceLevel.COUNTY, "370100", "lx"))
                .expectException(ParentLevelMismatchException.class)
                .expectNoEvents();
    }

    @Test
    void a_county_palace_without_a_parent_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("lx", "历下区工人文化宫", PalaceLevel.COUNTY, "370100", null))
                .expectException(invalidField("parentId"))
                .expectNoEvents();
    }

    @Test
    void a_county_palace_with_another_city_code_than_its_parent_is_refused() {
        directory.with("jn", PalaceLevel.CITY, "370100");
        fixture.givenNoPriorActivity()
                .when(new RegisterPalaceCommand("lx", "历下区工人文化宫", PalaceLevel.COUNTY, "370102", "jn"))
                .expectException(CountyOutsideParentCityException.class)
                .expectNoEvents();
    }

    @Test
    void a_palace_opens_a_service_point() {
        fixture.given(new PalaceRegisteredEvent("jn", "济南市工人文化宫", PalaceLevel.CITY, "370100", "sd"))
                .when(new OpenServicePointCommand("jn", "jn-sp1", "泉城路站", "泉城路 1 号"))
                .expectEvents(new ServicePointOpenedEvent("jn", "jn-sp1", "泉城路站", "泉城路 1 号"));
    }

    @Test
    void a_service_point_id_the_palace_already_opened_is_refused() {
        fixture.given(new PalaceRegisteredEvent("jn", "济南市工人文化宫", PalaceLevel.CITY, "370100", "sd"),
                        new ServicePointOpenedEvent("jn", "jn-sp1", "泉城路站", "泉城路 1 号"))
                .when(new OpenServicePointCommand("jn", "jn-sp1", "另一站", "经十路 2 号"))
                .expectException(ServicePointAlreadyExistsException.class)
                .expectNoEvents();
    }

    @Test
    void a_service_point_id_taken_by_another_palace_is_refused() {
        directory.withServicePoint("sp1");
        fixture.given(new PalaceRegisteredEvent("jn", "济南市工人文化宫", PalaceLevel.CITY, "370100", "sd"))
                .when(new OpenServicePointCommand("jn", "sp1", "泉城路站", "泉城路 1 号"))
                .expectException(ServicePointAlreadyExistsException.class)
                .expectNoEvents();
    }
}
