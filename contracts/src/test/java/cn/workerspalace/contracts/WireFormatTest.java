package cn.workerspalace.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the wire format of every published event: each has a sample in {@code src/test/resources/wire/<type>.json}
 * that must read into the record and write back to the same JSON. A renamed, retyped or dropped field fails here;
 * such a change needs a new revision and an upcaster, not an edited sample.
 */
class WireFormatTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Events past their first revision; each older revision keeps its sample as {@code <type>.v<n>.json}. */
    private static final Map<String, String> REVISIONS = Map.of("TraineeSignedUpEvent", "2",
            "WorkerRegisteredEvent", "2");

    static Stream<Class<? extends Record>> eventTypes() {
        return Stream.of(EventTypes.COURSE, EventTypes.ENROLLMENT, EventTypes.DEGREE).flatMap(List::stream);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void every_event_reads_and_writes_its_pinned_sample_unchanged(Class<? extends Record> type) throws IOException {
        JsonNode sample = sample(type);

        Record event = json.treeToValue(sample, type);

        assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(sample);
        assertThat(EventTypes.byName(EventTypes.nameOf(type))).contains(type);
        assertThat(EventTypes.revisionOf(type)).isEqualTo(REVISIONS.getOrDefault(type.getSimpleName(), "1"));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void every_sample_sets_every_field_so_none_goes_unpinned(Class<? extends Record> type) throws IOException {
        List<String> fields = Stream.of(type.getRecordComponents()).map(c -> c.getName()).toList();
        JsonNode sample = sample(type);

        assertThat(sample.properties()).extracting(entry -> entry.getKey()).containsExactlyElementsOf(fields);
        assertThat(sample.properties()).allSatisfy(entry -> assertThat(entry.getValue().isNull()).isFalse());
    }

    @Test
    void an_envelope_carries_its_payload_inline() throws IOException {
        JsonNode envelope = json.readTree("""
                {"eventId":"e-1","type":"ClassCancelledEvent","revision":"1","aggregateId":"class-1",
                 "aggregateSequence":3,"timestamp":"2026-03-01T01:00:00Z",
                 "payload":{"classId":"class-1","palaceId":"palace-370100","reason":"场地维修"}}""");

        EventEnvelope<?> read = json.treeToValue(envelope, EventEnvelope.class);

        assertThat(read.aggregateSequence()).isEqualTo(3);
        assertThat(json.readTree(json.writeValueAsString(read))).isEqualTo(envelope);
    }

    private JsonNode sample(Class<?> type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/wire/" + type.getSimpleName() + ".json")) {
            assertThat(in).as("sample for " + type.getSimpleName()).isNotNull();
            return json.readTree(in);
        }
    }
}
