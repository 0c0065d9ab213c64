/** The crowd: a JSON client of the services' REST API that times every call, the command mix, the closed-loop and paced drivers, the per-phase statistics (HdrHistogram) and the end-to-end lag probe. */
package cn.workerspalace.benchmark.load;
