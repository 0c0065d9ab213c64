package cn.workerspalace.enrollment.worker.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.enrollment.LegacyPersonalData;
import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
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
 * A revision 1 registration exactly as the wire format pinned it ({@code wire/WorkerRegisteredEvent.v1.json}, copied
 * from the contracts' samples) is read as revision 2, its masked values kept as legacy personal data.
 */
class WorkerRegisteredEventUpcasterTest {

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final WorkerRegisteredEventUpcaster upcaster = new WorkerRegisteredEventUpcaster();

    @Test
    void a_revision_1_registration_is_read_as_revision_2_with_its_masked_values_as_legacy_personal_data()
            throws IOException {
        IntermediateEventRepresentation upcast = upcastOne(stored("1", v1Sample()));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(upcast.getData(JsonNode.class).getData().fieldNames()).toIterable().containsExactly("workerId",
                "memberNo", "idNumberDigest", "personalData", "legacyPersonalData", "palaceId", "cityCode",
                "servicePointId", "frontLine", "migrantWorker", "registeredAt");
        assertThat((Object) serializer.deserialize(upcast.getData())).isEqualTo(new WorkerRegisteredEvent("worker-1", "M0001",
                "3f1c2a", null, new LegacyPersonalData("张三", "370102********1234", "138****5678"),
                "palace-370102", "370100", "sp-1", true, false, Instant.parse("2026-02-21T02:00:00Z")));
        assertThat(upcast.getAggregateIdentifier()).contains("worker-1");
        assertThat(upcast.getSequenceNumber()).contains(0L);
    }

    @Test
    void a_revision_2_registration_passes_unchanged() {
        IntermediateEventRepresentation current = stored("2", "{\"workerId\":\"worker-1\"}");

        assertThat(upcastOne(current)).isSameAs(current);
    }

    private IntermediateEventRepresentation upcastOne(IntermediateEventRepresentation representation) {
        List<IntermediateEventRepresentation> read = upcaster.upcast(Stream.of(representation)).toList();
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    private IntermediateEventRepresentation stored(String revision, String payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Worker", "worker-1", 0L, "event-1",
                Instant.parse("2026-02-21T02:00:00Z"), WorkerRegisteredEvent.class.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, serializer);
    }

    private static String v1Sample() throws IOException {
        try (InputStream in = WorkerRegisteredEventUpcasterTest.class
                .getResourceAsStream("/wire/WorkerRegisteredEvent.v1.json")) {
            assertThat(in).as("the v1 wire sample").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
