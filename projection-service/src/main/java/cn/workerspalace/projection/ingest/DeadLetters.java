package cn.workerspalace.projection.ingest;

import cn.workerspalace.projection.ingest.Decoding.Rejected;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd;
import org.springframework.stereotype.Component;

/**
 * Sends poison records, byte for byte with their key, to {@code <topic>.DLT} through spring-kafka's
 * {@link DeadLetterPublishingRecoverer}: its {@code kafka_dlt-original-topic/-partition/-offset/-timestamp} headers
 * say where the record was, {@code kafka_dlt-exception-message} says what is wrong with it (never its data), and
 * {@value #REASON_HEADER} carries the reason as the metric tags it. The dead-letter topic is created on first use,
 * with one partition and unlimited retention, so that nothing is lost before someone looks at it. A send waits for
 * the broker's acknowledgement and throws when it fails, so the batch is retried and the record is not lost.
 */
@Component
class DeadLetters implements DisposableBean {

    static final String SUFFIX = ".DLT";
    static final String REASON_HEADER = "palace-dlt-reason";

    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final DeadLetterPublishingRecoverer recoverer;
    private final KafkaAdmin admin;
    private final Set<String> created = ConcurrentHashMap.newKeySet();

    DeadLetters(ProducerFactory<?, ?> bootProducers, KafkaAdmin admin,
                @Value("${palace.dead-letters.send-timeout:PT30S}") Duration sendTimeout) {
        Map<String, Object> properties = new HashMap<>(bootProducers.getConfigurationProperties());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "projection-dead-letters");
        properties.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        this.producers = new DefaultKafkaProducerFactory<>(properties, new StringSerializer(),
                new ByteArraySerializer());
        this.admin = admin;
        this.recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers),
                (record, exception) -> new TopicPartition(record.topic() + SUFFIX, -1));
        recoverer.setFailIfSendResultIsError(true);
        recoverer.setWaitForSendResultTimeout(sendTimeout);
        recoverer.setLogRecoveryRecord(false);
        recoverer.excludeHeader(HeadersToAdd.EX_STACKTRACE);
        recoverer.addHeadersFunction((record, exception) -> exception instanceof PoisonRecordException poison
                ? new RecordHeaders().add(REASON_HEADER, poison.reason().getBytes(StandardCharsets.UTF_8))
                : null);
    }

    /** Sends the record to its topic's dead letters and waits until the broker has it. */
    void send(ConsumerRecord<String, byte[]> record, Rejected rejection) {
        String topic = record.topic() + SUFFIX;
        if (created.add(topic)) {
            try {
                admin.createOrModifyTopics(TopicBuilder.name(topic).partitions(1)
                        .config(TopicConfig.RETENTION_MS_CONFIG, "-1").build());
            } catch (RuntimeException e) {
                created.remove(topic);
                throw e;
            }
        }
        recoverer.accept(record, null, new PoisonRecordException(rejection));
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    /** Why a record went to the dead letters; carries no stack trace and never the record's data. */
    static final class PoisonRecordException extends RuntimeException {

        private final String reason;

        PoisonRecordException(Rejected rejection) {
            super(rejection.detail(), null, false, false);
            this.reason = rejection.reason().tag();
        }

        String reason() {
            return reason;
        }
    }
}
