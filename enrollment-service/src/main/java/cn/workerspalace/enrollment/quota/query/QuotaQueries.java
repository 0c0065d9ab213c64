package cn.workerspalace.enrollment.quota.query;

import cn.workerspalace.contracts.degree.DegreeLevel;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the quota views. */
@Repository
public class QuotaQueries {

    private final JdbcTemplate jdbc;

    QuotaQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(int year) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM subsidy_quota_view WHERE year = ?)", Boolean.class, year));
    }

    public Optional<QuotaView> find(int year) {
        return jdbc.query("SELECT places FROM subsidy_quota_view WHERE year = ?",
                (row, n) -> new QuotaView(year, row.getInt(1), rates(year), allocations(year)), year)
                .stream().findFirst();
    }

    private Map<DegreeLevel, BigDecimal> rates(int year) {
        Map<DegreeLevel, BigDecimal> rates = new EnumMap<>(DegreeLevel.class);
        jdbc.query("SELECT level, subsidy_per_place FROM subsidy_rate_view WHERE year = ?",
                row -> {
                    rates.put(DegreeLevel.valueOf(row.getString(1)), row.getBigDecimal(2));
                }, year);
        return rates;
    }

    private List<CityAllocation> allocations(int year) {
        return jdbc.query("""
                SELECT city_code, places, reserved, waiting FROM city_allocation_view
                 WHERE year = ? ORDER BY city_code""",
                (row, n) -> new CityAllocation(row.getString(1), row.getInt(2), row.getInt(3), row.getInt(4)), year);
    }

    public record QuotaView(int year, int places, Map<DegreeLevel, BigDecimal> subsidyPerPlace,
                            List<CityAllocation> allocations) {
    }

    /** {@code places}: the allocation; {@code reserved}: places held; {@code waiting}: the queue's length. */
    public record CityAllocation(String cityCode, int places, int reserved, int waiting) {
    }
}
