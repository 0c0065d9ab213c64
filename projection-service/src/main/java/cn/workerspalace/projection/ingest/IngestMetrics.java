package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventTypes;
import cn.workerspalace.projection.ingest.Decoding.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Counters of what ingestion did with each record, tagged by event type or by why it went to the dead letters. */
@Component
class IngestMetrics {

    static final String APPLIED = "projection.events.applied";
    static final String DUPLICATES = "projection.events.duplicates";
    static final String DEAD_LETTERED = "projection.events.dead_lettered";

    private static final String APPLIED_DESCRIPTION = "events applied to the read models";
    private static final String DUPLICATES_DESCRIPTION = "events delivered again and skipped";
    private static final String DEAD_LETTERED_DESCRIPTION =
            "records that could not be read as an event, sent to the dead-letter topic; alert on any increase";

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        // every series exists from the start, at zero, so dashboards and rate() see them before the first event
        Stream.of(EventTypes.COURSE, EventTypes.ENROLLMENT, EventTypes.DEGREE).flatMap(List::stream)
                .map(EventTypes::nameOf)
                .forEach(type -> {
                    counter(APPLIED, "type", type, APPLIED_DESCRIPTION);
                    counter(DUPLICATES, "type", type, DUPLICATES_DESCRIPTION);
                });
        for (Reason reason : Reason.values()) {
            counter(DEAD_LETTERED, "reason", reason.tag(), DEAD_LETTERED_DESCRIPTION);
        }
    }

    void applied(String type) {
        counter(APPLIED, "type", type, APPLIED_DESCRIPTION).increment();
    }

    void duplicate(String type) {
        counter(DUPLICATES, "type", type, DUPLICATES_DESCRIPTION).increment();
    }

    void deadLettered(Reason reason) {
        counter(DEAD_LETTERED, "reason", reason.tag(), DEAD_LETTERED_DESCRIPTION).increment();
    }

    private Counter counter(String name, String tag, String value, String description) {
        return Counter.builder(name).tag(tag, value).description(description).register(registry);
    }
}
