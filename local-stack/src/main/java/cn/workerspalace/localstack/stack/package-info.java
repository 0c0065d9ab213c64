/**
 * The whole system on one machine, startable from a {@code main} or a test: an embedded KRaft Kafka broker on fixed
 * or free ports, PostgreSQL (the local server, an embedded one kept on disk, or a throwaway one for tests), and the
 * three services as child JVMs configured through environment variables and awaited through their health endpoint.
 */
package cn.workerspalace.localstack.stack;
