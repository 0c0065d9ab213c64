/**
 * Tables of figures as files a spreadsheet opens: CSV in UTF-8 with a byte order mark (so that Excel reads the
 * Chinese headers and names right) and Office Open XML workbooks (.xlsx, Apache POI). A {@link
 * cn.workerspalace.projection.export.Table} knows its column headers, its rows and a totals row; the writers know
 * nothing of what the figures mean.
 */
package cn.workerspalace.projection.export;
