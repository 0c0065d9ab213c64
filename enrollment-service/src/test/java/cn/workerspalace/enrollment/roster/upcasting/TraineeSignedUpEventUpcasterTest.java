package cn.workerspalace.enrollment.roster.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.contracts.enrollment.WaitlistedTraineePromotedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/**
 * The upcaster on the stored form: a revision 1 sample exactly as the wire format pinned it
 * ({@code wire/TraineeSignedUpEvent.v1.json}, copied from the contracts' samples) becomes revision 2.
 */
class TraineeSignedUpEventUpcasterTest {

    private static final String REVISION_2_JSON = """
            {"classId":"class-1","workerId":"worker-1","servicePointId":null,"status":"WAITLISTED",
             "waitlistPosition":3,"signedUpAt":"2026-02-21T02:00:00Z"}""";

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final TraineeSignedUpEventUpcaster upcaster = new TraineeSignedUpEventUpcaster();

    @Test
    void a_revision_1_sign_up_is_read_as_revision_2_with_no_service_point() throws IOException {
        IntermediateEventRepresentation upcast = upcastOne(stored(TraineeSignedUpEvent.class, "1", v1Sample()));

        assertThat(upcast.getType().getName()).isEqualTo(TraineeSignedUpEvent.class.getName());
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.getData(JsonNode.class).getData();
        assertThat(payload).isEqualTo(json.readTree(REVISION_2_JSON));
        assertThat(payload.fieldNames()).toIterable().containsExactly(
                "classId", "workerId", "servicePointId", "status", "waitlistPosition", "signedUpAt");
    }

    @Test
    void the_upcast_payload_deserialises_into_the_current_event_with_every_old_value_kept() throws IOException {
        IntermediateEventRepresentation upcast = upcastOne(stored(TraineeSignedUpEvent.class, "1", v1Sample()));

        Object event = serializer.deserialize(upcast.getData());

        assertThat(event).isEqualTo(new TraineeSignedUpEvent("class-1", "worker-1", null, SignUpStatus.WAITLISTED,
                3, Instant.parse("2026-02-21T02:00:00Z")));
    }

    @Test
    void the_aggregate_identity_and_sequence_survive_the_upcast() throws IOException {
        IntermediateEventRepresentation upcast = upcastOne(stored(TraineeSignedUpEvent.class, "1", v1Sample()));

        assertThat(upcast.getAggregateIdentifier()).contains("class-1");
        assertThat(upcast.getSequenceNumber()).contains(7L);
        assertThat(upcast.getMessageIdentifier()).isEqualTo("event-1");
    }

    @Test
    void a_revision_2_sign_up_passes_unchanged() {
        IntermediateEventRepresentation current = stored(TraineeSignedUpEvent.class, "2", REVISION_2_JSON
                .replace("\"servicePointId\":null", "\"servicePointId\":\"sp-1\""));

        IntermediateEventRepresentation read = upcastOne(current);

        assertThat(read).isSameAs(current);
    }

    @Test
    void other_events_pass_unchanged() {
        IntermediateEventRepresentation other = stored(WaitlistedTraineePromotedEvent.class, "1",
                "{\"classId\":\"class-1\",\"workerId\":\"worker-1\",\"promotedAt\":\"2026-02-21T02:00:00Z\"}");

        assertThat(upcastOne(other)).isSameAs(other);
    }

    private IntermediateEventRepresentation upcastOne(IntermediateEventRepresentation representation) {
        List<IntermediateEventRepresentation> read = upcaster.upcast(Stream.of(representation)).toList();
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    private IntermediateEventRepresentation stored(Class<?> type, String revision, String payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Roster", "class-1", 7L, "event-1",
                Instant.parse("2026-02-21T02:00:00Z"), type.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, serializer);
    }

    private static String v1Sample() throws IOException {
        try (InputStream in = TraineeSignedUpEventUpcasterTest.class
                .getResourceAsStream("/wire/TraineeSignedUpEvent.v1.json")) {
            assertThat(in).as("the v1 wire sample").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
