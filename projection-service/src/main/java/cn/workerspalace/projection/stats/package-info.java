/**
 * The operations centre's figures for a year, computed at query time from the read models: per palace (classes,
 * lessons, seats, sign-ups as they stand, attendances, distinct trainees, completions) and trainee totals rolled
 * up palace -> city -> province. Every answer carries {@code asOfEvent}, the time of the newest event applied.
 */
package cn.workerspalace.projection.stats;
