package cn.workerspalace.platform.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Wires the relay of a write service that names its topic in {@code palace.relay.topic}. The producer settings that
 * the outbox guarantee rests on (acks from all in-sync replicas, idempotence, ordering) are fixed here rather than
 * left to configuration.
 */
@AutoConfiguration
@ConditionalOnProperty("palace.relay.topic")
@EnableConfigurationProperties(RelayProperties.class)
public class KafkaRelayAutoConfiguration {

    @Bean
    KafkaEventRelay kafkaEventRelay(KafkaProperties kafkaProperties, ObjectProvider<SslBundles> sslBundles,
                                    ObjectMapper json, RelayProperties properties) {
        Map<String, Object> producer = kafkaProperties.buildProducerProperties(sslBundles.getIfAvailable());
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producer.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producer.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        DefaultKafkaProducerFactory<String, String> factory =
                new DefaultKafkaProducerFactory<>(producer, new StringSerializer(), new StringSerializer());
        return new KafkaEventRelay(new KafkaTemplate<>(factory), json, properties);
    }

    /** Unlimited retention: the topics are the read side's replay log (projection rebuilds start at offset 0). */
    @Bean
    NewTopic relayTopic(RelayProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.partitions())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }

    /**
     * {@code palace.relay.lag.events}: events stored but not yet acknowledged by Kafka (head of the event store minus
     * the relay's position). Zero when the relay has caught up; growing while the broker is away.
     */
    @Bean
    MeterBinder relayLagGauge(EventProcessingConfiguration processing, EventStore eventStore, JdbcTemplate jdbc,
                              Serializer serializer) {
        RelayLag lag = new RelayLag(processing, eventStore, jdbc, serializer);
        return registry -> Gauge.builder("palace.relay.lag.events", lag::events)
                .description("events stored but not yet relayed to Kafka")
                .register(registry);
    }

    /**
     * One coordinator reads the event store once and hands each event to the work package of its segment (by
     * aggregate id, Axon's default sequencing policy, so one aggregate's events stay in order on one thread); each
     * segment sends its batch and waits for the acks on a worker of its own. Segments are claimed in the token
     * table, so several instances of a service share them, and a restart continues from the stored tokens.
     */
    @Bean
    ConfigurerModule kafkaRelayProcessor(RelayProperties properties) {
        return configurer -> configurer.eventProcessing().registerEventProcessor(KafkaEventRelay.PROCESSING_GROUP,
                (name, config, handlers) -> {
                    EventProcessingConfiguration processing = config.eventProcessingConfiguration();
                    return new RelayEventProcessor(PooledStreamingEventProcessor.builder()
                            .name(name)
                            .eventHandlerInvoker(handlers)
                            .messageSource(config.eventStore())
                            .tokenStore(processing.tokenStore(name))
                            .transactionManager(processing.transactionManager(name))
                            .rollbackConfiguration(processing.rollbackConfiguration(name))
                            .errorHandler(processing.errorHandler(name))
                            .messageMonitor(config.messageMonitor(PooledStreamingEventProcessor.class, name))
                            .spanFactory(config.getComponent(EventProcessorSpanFactory.class))
                            .coordinatorExecutor(executor(config, 1, "relay-coordinator"))
                            .workerExecutor(executor(config, properties.segments(), "relay-worker"))
                            .initialSegmentCount(properties.segments())
                            .batchSize(properties.batchSize()));
                });
    }

    private static ScheduledExecutorService executor(org.axonframework.config.Configuration config, int threads,
                                                     String name) {
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(threads, new AxonThreadFactory(name));
        config.onShutdown(executor::shutdown);
        return executor;
    }
}
