package cn.workerspalace.enrollment.quota.query;

import cn.workerspalace.contracts.degree.ApplicationLeftQuotaQueueEvent;
import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.CityAllocationSetEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReleasedEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.contracts.degree.SubsidyQuotaSetEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code subsidy_quota_view}, {@code subsidy_rate_view} and {@code city_allocation_view} in the quota
 * command's transaction (a subscribing group, so each event counts exactly once).
 */
@Component
@ProcessingGroup(QuotaProjection.PROCESSING_GROUP)
class QuotaProjection {

    static final String PROCESSING_GROUP = "subsidy-quota-view";
    private final JdbcTemplate jdbc;

    QuotaProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SubsidyQuotaSetEvent event) {
        jdbc.update("INSERT INTO subsidy_quota_view (year, places) VALUES (?, ?)", event.year(), event.places());
        event.subsidyPerPlace().forEach((level, amount) -> jdbc.update(
                "INSERT INTO subsidy_rate_view (year, level, subsidy_per_place) VALUES (?, ?, ?)",
                event.year(), level.name(), amount));
    }

    @EventHandler
    void on(CityAllocationSetEvent event) {
        jdbc.update("""
                INSERT INTO city_allocation_view (year, city_code, places) VALUES (?, ?, ?)
                ON CONFLICT (year, city_code) DO UPDATE SET places = excluded.places""",
                event.year(), event.cityCode(), event.places());
    }

    @EventHandler
    void on(SubsidyPlaceReservedEvent event) {
        change(event.year(), event.cityCode(), 1, event.fromQueue() ? -1 : 0);
    }

    @EventHandler
    void on(SubsidyPlaceReleasedEvent event) {
        change(event.year(), event.cityCode(), -1, 0);
    }

    @EventHandler
    void on(ApplicationQueuedForQuotaEvent event) {
        change(event.year(), event.cityCode(), 0, 1);
    }

    @EventHandler
    void on(ApplicationLeftQuotaQueueEvent event) {
        change(event.year(), event.cityCode(), 0, -1);
    }

    private void change(int year, String cityCode, int reserved, int waiting) {
        jdbc.update("""
                INSERT INTO city_allocation_view (year, city_code, reserved, waiting) VALUES (?, ?, ?, ?)
                ON CONFLICT (year, city_code) DO UPDATE
                   SET reserved = city_allocation_view.reserved + excluded.reserved,
                       waiting = city_allocation_view.waiting + excluded.waiting""",
                year, cityCode, reserved, waiting);
    }
}
