/** Append throughput with an empty and with a large event store, in further enrollment-service instances with databases of their own. */
package cn.workerspalace.benchmark.store;
