package cn.workerspalace.localstack.stack;

import cn.workerspalace.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.utils.Exit;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single-node Kafka broker in KRaft mode (spring-kafka-test's embedded broker, real Kafka code) on fixed ports, so
 * that the services, running in other JVMs, reach it at {@code localhost:<port>}.
 *
 * <p>{@code EmbeddedKafkaKraftBroker.kafkaPorts(...)} is ignored in KRaft mode; the listeners are therefore set as
 * broker properties, using the listener names Kafka's test kit maps to PLAINTEXT ({@code EXTERNAL} for clients,
 * {@code CONTROLLER} for the quorum). The test kit formats fresh log directories in a temporary folder on every
 * start: the broker's data does not outlive the process. The test kit deletes those folders in JVM shutdown hooks,
 * which would race a broker still shutting down in another hook; they are therefore run after the broker stopped.
 */
final class KafkaBroker implements Broker {

    static final int PARTITIONS = 6;

    private final EmbeddedKafkaKraftBroker broker;
    private final int port;
    private final List<Runnable> cleanUp;

    private KafkaBroker(EmbeddedKafkaKraftBroker broker, int port, List<Runnable> cleanUp) {
        this.broker = broker;
        this.port = port;
        this.cleanUp = cleanUp;
    }

    static synchronized KafkaBroker start(int port, int controllerPort) {
        List<Runnable> cleanUp = new CopyOnWriteArrayList<>();
        Exit.setShutdownHookAdder((name, hook) -> cleanUp.add(hook));
        try {
            return start(port, controllerPort, cleanUp);
        } catch (RuntimeException e) {
            cleanUp.forEach(Runnable::run);
            throw e;
        } finally {
            Exit.resetShutdownHookAdder();
        }
    }

    private static KafkaBroker start(int port, int controllerPort, List<Runnable> cleanUp) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.brokerProperties(Map.of(
                "listeners", "EXTERNAL://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners", "EXTERNAL://localhost:" + port,
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        // the broker would otherwise publish its address in the system property spring.kafka.bootstrap-servers
        broker.brokerListProperty(null);
        broker.afterPropertiesSet();
        KafkaBroker started = new KafkaBroker(broker, port, cleanUp);
        try {
            started.createEventTopics();
        } catch (RuntimeException e) {
            broker.destroy();
            throw e;
        }
        return started;
    }

    /** Unlimited retention: the event topics are the read side's replay log. */
    private void createEventTopics() {
        Map<String, String> forever = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
        broker.addTopics(List.of(Topics.COURSE_EVENTS, Topics.ENROLLMENT_EVENTS).stream()
                .map(name -> new NewTopic(name, PARTITIONS, (short) 1).configs(forever))
                .toArray(NewTopic[]::new));
    }

    @Override
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        try {
            broker.destroy();
        } finally {
            cleanUp.forEach(Runnable::run);
        }
    }
}
