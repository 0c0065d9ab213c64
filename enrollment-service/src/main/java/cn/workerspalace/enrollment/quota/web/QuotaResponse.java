package cn.workerspalace.enrollment.quota.web;

import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.enrollment.quota.query.QuotaQueries.QuotaView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A year's quota as answered. {@code allocated}: places allocated to cities; {@code unallocated}: the rest. Per
 * city, {@code reserved} places are held (a paid place stays held after a withdrawal), {@code waiting}
 * applications queue, and {@code remaining} places are free.
 */
record QuotaResponse(
        String id,
        int year,
        int places,
        Map<DegreeLevel, BigDecimal> subsidyPerPlace,
        int allocated,
        int unallocated,
        List<Allocation> allocations) {

    static QuotaResponse of(QuotaView quota) {
        List<Allocation> allocations = quota.allocations().stream()
                .map(city -> new Allocation(city.cityCode(), city.places(), city.reserved(), city.waiting(),
                        city.places() - city.reserved()))
                .toList();
        int allocated = allocations.stream().mapToInt(Allocation::places).sum();
        return new QuotaResponse(String.valueOf(quota.year()), quota.year(), quota.places(),
                quota.subsidyPerPlace(), allocated, quota.places() - allocated, allocations);
    }

    record Allocation(String cityCode, int places, int reserved, int waiting, int remaining) {
    }
}
