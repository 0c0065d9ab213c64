package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.Topics;
import cn.workerspalace.projection.ingest.Decoding.Decoded;
import cn.workerspalace.projection.ingest.Decoding.Rejected;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One batch listener per topic, both in the consumer group {@code spring.kafka.consumer.group-id}. The container
 * commits a batch's offsets only after {@link #onBatch} returned, i.e. after its transaction committed and its poison
 * records were taken by the dead-letter topic: a poison record never holds up the records behind it.
 */
@Component
class EventConsumer {

    static final String COURSE_LISTENER = "projection-course-events";
    static final String ENROLLMENT_LISTENER = "projection-enrollment-events";
    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

    private final EnvelopeDecoder decoder;
    private final EventBatchApplier applier;
    private final DeadLetters deadLetters;
    private final IngestMetrics metrics;

    EventConsumer(EnvelopeDecoder decoder, EventBatchApplier applier, DeadLetters deadLetters,
                  IngestMetrics metrics) {
        this.decoder = decoder;
        this.applier = applier;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @KafkaListener(id = COURSE_LISTENER, idIsGroup = false, topics = Topics.COURSE_EVENTS, batch = "true")
    void onCourseEvents(List<ConsumerRecord<String, byte[]>> records) {
        onBatch(records);
    }

    @KafkaListener(id = ENROLLMENT_LISTENER, idIsGroup = false, topics = Topics.ENROLLMENT_EVENTS, batch = "true")
    void onEnrollmentEvents(List<ConsumerRecord<String, byte[]>> records) {
        onBatch(records);
    }

    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        List<EventEnvelope<Record>> events = new ArrayList<>(records.size());
        List<Poison> poison = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Decoding decoding = decoder.decode(record.value());
            if (decoding instanceof Decoded decoded) {
                events.add(decoded.envelope());
            } else if (decoding instanceof Rejected rejected) {
                poison.add(new Poison(record, rejected));
            }
        }
        applier.apply(events);
        // after the good records: should the dead-letter topic be out of reach, the batch is retried and its events,
        // already applied, are skipped as duplicates
        for (Poison bad : poison) {
            deadLetters.send(bad.record(), bad.rejection());
            metrics.deadLettered(bad.rejection().reason());
            log.warn("dead-lettered record {}-{}@{} ({}): {}", bad.record().topic(), bad.record().partition(),
                    bad.record().offset(), bad.rejection().reason().tag(), bad.rejection().detail());
        }
    }

    private record Poison(ConsumerRecord<String, byte[]> record, Rejected rejection) {
    }
}
