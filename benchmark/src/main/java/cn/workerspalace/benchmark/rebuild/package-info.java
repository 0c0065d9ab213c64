/** A projection rebuild from offset 0 by a fresh projection-service instance, on topics topped up with synthetic history. */
package cn.workerspalace.benchmark.rebuild;
