/**
 * Live figures for the dashboard: a server-sent event stream ({@code /api/stats/stream}) that tells every open page,
 * after a batch of events has committed, that the figures changed and how fresh they now are. Notices of batches
 * that commit in quick succession are merged, so a page hears at most a few per second and re-reads the figures
 * itself; nothing is pushed per event.
 */
package cn.workerspalace.projection.live;
