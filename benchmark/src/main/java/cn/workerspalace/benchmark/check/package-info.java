/** Whether the figures are exact after the crowd: rosters within capacity, totals equal to what the crowd was told, the projection equal to the rosters. */
package cn.workerspalace.benchmark.check;
