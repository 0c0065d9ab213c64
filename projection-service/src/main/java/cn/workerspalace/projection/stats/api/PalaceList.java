package cn.workerspalace.projection.stats.api;

import java.util.List;

/**
 * The palaces of the province, or of one city, with the distinct trainees of them all together (a worker trained
 * at two of the palaces counts once), read in one snapshot: what a palace table's totals row needs.
 */
public record PalaceList(int year, String cityCode, List<PalaceStats> palaces, long distinctTrainees) {
}
