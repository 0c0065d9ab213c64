/**
 * The whole system on one machine, startable from a {@code main} or a test: an embedded KRaft Kafka broker on fixed
 * or free ports, PostgreSQL (the local server, an embedded one kept on disk, or a throwaway one for tests), and the
 * three services as child JVMs configured through environment variables and awaited through their health endpoint.
 * For fault tests the stack can also kill and restart a service, start a further instance of one with a database of
 * its own, and, when built with restartable infrastructure, kill and restart the broker (then a child JVM with its
 * own log directory) and stop PostgreSQL with an immediate shutdown and start it again on the same data.
 */
package cn.workerspalace.localstack.stack;
