/** PostgreSQL's own limits on the same server: single-row commit rate and batched insert rate, in a scratch database. */
package cn.workerspalace.benchmark.postgres;
