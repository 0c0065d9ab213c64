package cn.workerspalace.enrollment.quota.command;

import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.CityAllocationSetEvent;
import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.contracts.degree.SubsidyQuotaSetEvent;
import cn.workerspalace.enrollment.quota.api.AllocationBelowReservedException;
import cn.workerspalace.enrollment.quota.api.AllocationsExceedQuotaException;
import cn.workerspalace.enrollment.quota.api.SetCityAllocationCommand;
import cn.workerspalace.enrollment.quota.api.SetSubsidyQuotaCommand;
import cn.workerspalace.platform.web.InvalidCommandException;
import java.math.BigDecimal;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quota's own commands: the year's quota and the cities' allocations (reservations: QuotaReservationTest). */
class YearQuotaTest {

    private static final int YEAR = 2026;
    private static final String JINAN = "370100";
    private static final String QINGDAO = "370200";
    private static final Map<DegreeLevel, BigDecimal> SUBSIDY = Map.of(
            DegreeLevel.JUNIOR_COLLEGE, new BigDecimal("3000"), DegreeLevel.BACHELOR, new BigDecimal("4000"));
    private static final SubsidyQuotaSetEvent QUOTA_OF_100 = new SubsidyQuotaSetEvent(YEAR, 100, SUBSIDY);

    private AggregateTestFixture<YearQuota> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(YearQuota.class);
    }

    private static SetCityAllocationCommand allocate(String cityCode, int places) {
        return new SetCityAllocationCommand(YEAR, cityCode, places);
    }

    private static CityAllocationSetEvent allocated(String cityCode, int previous, int places) {
        return new CityAllocationSetEvent(YEAR, cityCode, previous, places);
    }

    private static SubsidyPlaceReservedEvent reserved(String applicationId, boolean fromQueue) {
        return new SubsidyPlaceReservedEvent(YEAR, JINAN, applicationId, fromQueue);
    }

    private static ApplicationQueuedForQuotaEvent queued(String applicationId, int position) {
        return new ApplicationQueuedForQuotaEvent(YEAR, JINAN, applicationId, position);
    }

    @Test
    void the_operations_centre_sets_a_years_places_and_subsidy_per_level() {
        fixture.givenNoPriorActivity()
                .when(new SetSubsidyQuotaCommand(YEAR, 100, SUBSIDY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(QUOTA_OF_100);
    }

    @Test
    void a_quota_has_at_least_one_place() {
        fixture.givenNoPriorActivity()
                .when(new SetSubsidyQuotaCommand(YEAR, 0, SUBSIDY))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void a_quota_names_a_subsidy_above_zero_for_every_level() {
        fixture.givenNoPriorActivity()
                .when(new SetSubsidyQuotaCommand(YEAR, 100, Map.of(DegreeLevel.BACHELOR, new BigDecimal("4000"))))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("must be greater than 0")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SetSubsidyQuotaCommand(YEAR, 100, Map.of(DegreeLevel.BACHELOR, new BigDecimal("4000"),
                        DegreeLevel.JUNIOR_COLLEGE, BigDecimal.ZERO)))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void an_allocation_is_never_negative() {
        fixture.given(QUOTA_OF_100)
                .when(allocate(JINAN, -1))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void a_city_is_allocated_places_of_the_year() {
        fixture.given(QUOTA_OF_100)
                .when(allocate(JINAN, 40))
                .expectEvents(allocated(JINAN, 0, 40));
    }

    @Test
    void all_the_years_places_may_be_allocated() {
        fixture.given(QUOTA_OF_100, allocated(JINAN, 0, 60))
                .when(allocate(QINGDAO, 40))
                .expectEvents(allocated(QINGDAO, 0, 40));
    }

    @Test
    void allocations_never_exceed_the_years_places_together() {
        fixture.given(QUOTA_OF_100, allocated(JINAN, 0, 60))
                .when(allocate(QINGDAO, 41))
                .expectException(AllocationsExceedQuotaException.class)
                .expectNoEvents();
    }

    @Test
    void a_citys_current_allocation_counts_as_free_while_it_is_re_set() {
        fixture.given(QUOTA_OF_100, allocated(JINAN, 0, 60), allocated(QINGDAO, 0, 40))
                .when(allocate(JINAN, 55))
                .expectEvents(allocated(JINAN, 60, 55));
    }

    @Test
    void a_re_set_allocation_still_may_not_exceed_what_the_other_cities_leave() {
        fixture.given(QUOTA_OF_100, allocated(JINAN, 0, 60), allocated(QINGDAO, 0, 40))
                .when(allocate(JINAN, 61))
                .expectException(AllocationsExceedQuotaException.class)
                .expectNoEvents();
    }

    @Test
    void an_allocation_is_never_set_below_the_places_the_city_has_reserved() {
        fixture.given(QUOTA_OF_100, allocated(JINAN, 0, 3), reserved("a1", false), reserved("a2", false))
                .when(allocate(JINAN, 1))
                .expectException(AllocationBelowReservedException.class)
                .expectNoEvents();
    }

    @Test
    void an_allocation_may_be_lowered_to_exactly_the_reserved_places() {
        fixture.given(QUOTA_OF_100, allocated(JINAN, 0, 3), reserved("a1", false), reserved("a2", false))
                .when(allocate(JINAN, 2))
                .expectEvents(allocated(JINAN, 3, 2));
    }

    @Test
    void the_same_allocation_again_changes_nothing() {
        fixture.given(QUOTA_OF_100, allocated(JINAN, 0, 40))
                .when(allocate(JINAN, 40))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_larger_allocation_gives_the_new_places_to_the_head_of_the_queue_in_order() {
        fixture.given(QUOTA_OF_100, allocated(JINAN, 0, 1), reserved("a1", false), queued("a2", 1),
                        queued("a3", 2), queued("a4", 3))
                .when(allocate(JINAN, 3))
                .expectEvents(allocated(JINAN, 1, 3), reserved("a2", true), reserved("a3", true));
    }

    @Test
    void a_first_allocation_serves_a_queue_that_formed_before_it() {
        fixture.given(QUOTA_OF_100, queued("a1", 1), queued("a2", 2))
                .when(allocate(JINAN, 5))
                .expectEvents(allocated(JINAN, 0, 5), reserved("a1", true), reserved("a2", true));
    }

    @Test
    void a_lower_allocation_promotes_nobody() {
        fixture.given(QUOTA_OF_100, allocated(JINAN, 0, 3), reserved("a1", false), queued("a2", 1))
                .when(allocate(JINAN, 1))
                .expectEvents(allocated(JINAN, 3, 1));
    }
}
