/** The machine: CPU accounting from /proc, flight recordings started with jcmd and their summary. */
package cn.workerspalace.benchmark.system;
