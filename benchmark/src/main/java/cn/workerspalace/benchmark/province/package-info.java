/** The province the benchmark loads through the REST API: Shandong's palaces, courses, classes, workers and the year's subsidy quota. */
package cn.workerspalace.benchmark.province;
