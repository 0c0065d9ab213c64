/**
 * The operations centre's figures for a year, computed at query time from the read models: per palace (classes,
 * lessons, seats, sign-ups as they stand, attendances, distinct trainees, completions), trainee totals rolled up
 * palace -> city -> province (degree students included), and the degree programme's subsidy uptake per city and
 * province, now or as of the end of any past day. Every answer carries {@code asOfEvent}, the time of the newest
 * event applied (for an as-of answer, the newest one before the end of that day).
 */
package cn.workerspalace.projection.stats;
