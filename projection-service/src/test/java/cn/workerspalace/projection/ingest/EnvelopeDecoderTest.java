package cn.workerspalace.projection.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.Lesson;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.projection.ingest.Decoding.Decoded;
import cn.workerspalace.projection.ingest.Decoding.SkipReason;
import cn.workerspalace.projection.ingest.Decoding.Skipped;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class EnvelopeDecoderTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final EnvelopeDecoder decoder = new EnvelopeDecoder(json);

    private final TraineeSignedUpEvent signedUp = new TraineeSignedUpEvent("class-1", "worker-1",
            SignUpStatus.WAITLISTED, 3, Instant.parse("2026-02-01T02:00:00Z"));

    @Test
    void a_relayed_envelope_decodes_to_its_typed_payload() throws Exception {
        EventEnvelope<Object> relayed = new EventEnvelope<>("e-1", "TraineeSignedUpEvent", "1", "class-1", 4,
                Instant.parse("2026-02-01T02:00:01Z"), signedUp);

        Decoding decoding = decoder.decode(json.writeValueAsString(relayed));

        assertThat(decoding).isEqualTo(new Decoded(new EventEnvelope<>("e-1", "TraineeSignedUpEvent", "1",
                "class-1", 4, Instant.parse("2026-02-01T02:00:01Z"), signedUp)));
    }

    @Test
    void nested_records_and_lists_of_instants_survive_decoding() throws Exception {
        ClassOpenedEvent opened = new ClassOpenedEvent("k", "c", "p", "班", 30,
                Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"),
                List.of(new Lesson(Instant.parse("2026-03-02T11:00:00Z"), Instant.parse("2026-03-02T12:30:00Z"))),
                2026);
        String value = json.writeValueAsString(new EventEnvelope<>("e-2", "ClassOpenedEvent", "1", "k", 0,
                Instant.parse("2026-01-20T00:00:00Z"), opened));

        assertThat(((Decoded) decoder.decode(value)).envelope().payload()).isEqualTo(opened);
    }

    @Test
    void fields_a_newer_writer_added_to_the_payload_are_ignored() throws Exception {
        ObjectNode envelope = envelopeOf(signedUp);
        ((ObjectNode) envelope.get("payload")).put("channel", "service-point");

        assertThat(decoder.decode(envelope.toString())).isInstanceOf(Decoded.class);
    }

    @Test
    void an_unknown_type_is_skipped_as_unknown_type() throws Exception {
        ObjectNode envelope = envelopeOf(signedUp).put("type", "TraineeTeleportedEvent");

        assertThat(decoder.decode(envelope.toString())).isInstanceOf(Skipped.class)
                .extracting("reason").isEqualTo(SkipReason.UNKNOWN_TYPE);
    }

    @Test
    void a_revision_this_build_does_not_read_is_skipped_as_unknown_revision() throws Exception {
        ObjectNode envelope = envelopeOf(signedUp).put("revision", "2");

        assertThat(decoder.decode(envelope.toString())).extracting("reason").isEqualTo(SkipReason.UNKNOWN_REVISION);
    }

    @Test
    void a_payload_that_does_not_fit_its_type_is_skipped_as_undecodable() throws Exception {
        ObjectNode envelope = envelopeOf(signedUp);
        ((ObjectNode) envelope.get("payload")).put("status", "MAYBE");

        assertThat(decoder.decode(envelope.toString())).extracting("reason").isEqualTo(SkipReason.UNDECODABLE);
    }

    @Test
    void an_envelope_without_event_id_is_skipped_as_undecodable() throws Exception {
        ObjectNode envelope = envelopeOf(signedUp);
        envelope.remove("eventId");

        assertThat(decoder.decode(envelope.toString())).extracting("reason").isEqualTo(SkipReason.UNDECODABLE);
    }

    @Test
    void a_value_that_is_not_json_is_skipped_as_undecodable_without_echoing_it() {
        Decoding decoding = decoder.decode("{\"idNumber\": \"370102199001011234\"");

        assertThat(decoding).extracting("reason").isEqualTo(SkipReason.UNDECODABLE);
        assertThat(((Skipped) decoding).detail()).doesNotContain("370102");
    }

    private ObjectNode envelopeOf(Record payload) throws Exception {
        return (ObjectNode) json.readTree(json.writeValueAsString(new EventEnvelope<>("e-9",
                payload.getClass().getSimpleName(), "1", "class-1", 0, Instant.parse("2026-02-01T02:00:01Z"),
                payload)));
    }
}
