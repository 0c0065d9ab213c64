package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.Topics;
import cn.workerspalace.projection.ingest.Decoding.Decoded;
import cn.workerspalace.projection.ingest.Decoding.Skipped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One batch listener per topic, both in the consumer group {@code spring.kafka.consumer.group-id}. The container
 * commits a batch's offsets only after {@link #onBatch} returned, i.e. after its transaction committed.
 */
@Component
class EventConsumer {

    static final String COURSE_LISTENER = "projection-course-events";
    static final String ENROLLMENT_LISTENER = "projection-enrollment-events";
    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

    private final EnvelopeDecoder decoder;
    private final EventBatchApplier applier;
    private final IngestMetrics metrics;

    EventConsumer(EnvelopeDecoder decoder, EventBatchApplier applier, IngestMetrics metrics) {
        this.decoder = decoder;
        this.applier = applier;
        this.metrics = metrics;
    }

    @KafkaListener(id = COURSE_LISTENER, idIsGroup = false, topics = Topics.COURSE_EVENTS, batch = "true")
    void onCourseEvents(List<ConsumerRecord<String, String>> records) {
        onBatch(records);
    }

    @KafkaListener(id = ENROLLMENT_LISTENER, idIsGroup = false, topics = Topics.ENROLLMENT_EVENTS, batch = "true")
    void onEnrollmentEvents(List<ConsumerRecord<String, String>> records) {
        onBatch(records);
    }

    void onBatch(List<ConsumerRecord<String, String>> records) {
        List<EventEnvelope<Record>> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            Decoding decoding = decoder.decode(record.value());
            if (decoding instanceof Decoded decoded) {
                events.add(decoded.envelope());
            } else if (decoding instanceof Skipped skipped) {
                metrics.skipped(skipped.reason());
                log.warn("skipped record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                        skipped.detail());
            }
        }
        applier.apply(events);
    }
}
