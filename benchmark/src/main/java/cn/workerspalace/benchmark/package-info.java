/** The flash crowd benchmark of issue 7: options, the run phase by phase, and its Markdown report. */
package cn.workerspalace.benchmark;
