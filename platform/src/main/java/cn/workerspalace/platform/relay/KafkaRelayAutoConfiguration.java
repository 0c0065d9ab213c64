package cn.workerspalace.platform.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
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
    MeterBinder relayLagGauge(EventProcessingConfiguration processing, EventStore eventStore) {
        return registry -> Gauge.builder("palace.relay.lag.events", () -> relayLag(processing, eventStore))
                .description("events stored but not yet relayed to Kafka")
                .register(registry);
    }

    static double relayLag(EventProcessingConfiguration processing, EventStore eventStore) {
        long head = positionOf(eventStore.createHeadToken());
        return processing.eventProcessor(KafkaEventRelay.PROCESSING_GROUP, TrackingEventProcessor.class)
                .map(relay -> relay.processingStatus().values().stream()
                        .mapToLong(status -> positionOf(status.getTrackingToken()))
                        .min()
                        .orElse(-1))
                .map(relayed -> (double) Math.max(0, head - relayed))
                .orElse(Double.NaN);
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    @Bean
    ConfigurerModule kafkaRelayProcessor(RelayProperties properties) {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(KafkaEventRelay.PROCESSING_GROUP,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(properties.batchSize()));
    }
}
