/**
 * The operations centre's figures for a year, computed at query time from the read models: per palace (classes,
 * lessons planned and held, seats, sign-ups as they stand, attendances, distinct trainees, completions) and per
 * class of a palace, trainee totals rolled up palace -> city -> province (degree students included), the degree
 * programme's subsidy uptake per city and province, now, as of the end of any past day and day by day, the city
 * table that joins them all, classes by category and the palaces with the most trainees. The city and palace tables
 * are also answered as CSV and .xlsx. Every answer carries {@code asOfEvent}, the time of the newest event applied
 * (for an as-of answer, the newest one before the end of that day).
 */
package cn.workerspalace.projection.stats;
