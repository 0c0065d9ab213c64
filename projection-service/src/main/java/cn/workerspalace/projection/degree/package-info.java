/**
 * Degree applications (求学圆梦) as enrollment-service keeps them: each application's worker, year, level, city and
 * palace from its submission, its status as it stands now (SUBMITTED, APPROVED, WAITING_FOR_QUOTA, REJECTED,
 * ADMITTED, GRADUATED, WITHDRAWN) and the subsidy paid so far; the degree students of the trainee totals are the
 * applications now ADMITTED or GRADUATED. No personal data reaches this table.
 */
package cn.workerspalace.projection.degree;
