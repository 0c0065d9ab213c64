/**
 * 求学圆梦 degree applications: one {@code DegreeApplication} aggregate per application, for a worker, a year, a
 * level (junior college 高起专 or bachelor 专升本), a school and a major, in the city of the palace where the worker
 * registered. Rules: a worker must be registered as a front-line worker (eligibility, checked at submission, 409
 * {@code not-eligible}); the year must have a quota (404 otherwise); at most one open application per worker (any
 * not REJECTED, WITHDRAWN or GRADUATED), and one subsidy per level for life: a level is funded once an application
 * at it was approved, unless that application was withdrawn before its first payment. These two are checked
 * against lookup tables with unique keys kept in the submitting transaction. Lifecycle: SUBMITTED -> approve ->
 * APPROVED (a place reserved) or WAITING_FOR_QUOTA (queued; approved automatically, in order, when the quota gives
 * it a freed place); reject (from SUBMITTED or WAITING_FOR_QUOTA) -> REJECTED; admit (from APPROVED) -> ADMITTED;
 * payments only while ADMITTED (not after graduation), in instalments whose total never exceeds the level's subsidy
 * per place (exactly the subsidy is fine); graduate (from ADMITTED) -> GRADUATED; withdraw (from any open status) ->
 * WITHDRAWN, giving an unpaid place or a queue place back to the quota. Steps that change the quota too run in one
 * transaction with it (ADR 0003). A waiting application for which the quota has just reserved a freed place (its
 * approval follows a moment later, from the queue promotion) gives that place back if it is rejected or withdrawn
 * first, and the place goes on to the next in the queue.
 */
package cn.workerspalace.enrollment.degree;
