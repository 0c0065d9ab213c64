/**
 * The 求学圆梦 subsidy quota: one {@code YearQuota} aggregate per year (id {@code subsidy-quota-<year>}), the single
 * consistency boundary for the year's places (docs/adr/0003). The operations centre sets the year's places and the
 * subsidy per place of each level (yuan; data, not code), then allocates places to cities: a city is a CITY palace
 * of the palace directory; an allocation may be re-set (its current value counts as free meanwhile), never below
 * the places the city has reserved, and the allocations together never above the year's places. Approvals reserve
 * places in the applicant's city first come, first served; without a free place the application joins the city's
 * first-in, first-out queue, and every place that frees up (an unpaid reservation released, a larger allocation)
 * goes to the head of the queue in the same transaction. A paid place stays used, also after a withdrawal.
 */
package cn.workerspalace.enrollment.quota;
