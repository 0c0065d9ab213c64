package cn.workerspalace.localstack.stack;

/** The stack's Kafka broker: in this JVM ({@link KafkaBroker}), or a restartable child JVM ({@link KafkaProcess}). */
interface Broker extends AutoCloseable {

    String bootstrapServers();

    @Override
    void close();
}
