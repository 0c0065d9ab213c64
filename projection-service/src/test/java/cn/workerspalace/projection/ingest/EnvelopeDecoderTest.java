package cn.workerspalace.projection.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.Lesson;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.projection.ingest.Decoding.Decoded;
import cn.workerspalace.projection.ingest.Decoding.Reason;
import cn.workerspalace.projection.ingest.Decoding.Rejected;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class EnvelopeDecoderTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final EnvelopeDecoder decoder = new EnvelopeDecoder(json);

    private final TraineeSignedUpEvent signedUp = new TraineeSignedUpEvent("class-1", "worker-1",
            "sp-1", SignUpStatus.WAITLISTED, 3, Instant.parse("2026-02-01T02:00:00Z"));

    @Test
    void a_relayed_envelope_decodes_to_its_typed_payload() throws Exception {
        EventEnvelope<Object> relayed = new EventEnvelope<>("e-1", "TraineeSignedUpEvent", "2", "class-1", 4,
                Instant.parse("2026-02-01T02:00:01Z"), signedUp);

        Decoding decoding = decoder.decode(json.writeValueAsString(relayed));

        assertThat(decoding).isEqualTo(new Decoded(new EventEnvelope<>("e-1", "TraineeSignedUpEvent", "2",
                "class-1", 4, Instant.parse("2026-02-01T02:00:01Z"), signedUp)));
    }

    @Test
    void a_revision_1_sign_up_is_read_as_revision_2_without_a_service_point() {
        // the wire format of revision 1, as relays published it before servicePointId existed
        String value = """
                {"eventId":"e-old","type":"TraineeSignedUpEvent","revision":"1","aggregateId":"class-1",
                 "aggregateSequence":2,"timestamp":"2025-11-01T02:00:01Z",
                 "payload":{"classId":"class-1","workerId":"worker-1","status":"CONFIRMED",
                            "waitlistPosition":null,"signedUpAt":"2025-11-01T02:00:00Z"}}""";

        EventEnvelope<Record> read = ((Decoded) decoder.decode(value)).envelope();

        assertThat(read.revision()).isEqualTo("2");
        assertThat(read.payload()).isEqualTo(new TraineeSignedUpEvent("class-1", "worker-1", null,
                SignUpStatus.CONFIRMED, null, Instant.parse("2025-11-01T02:00:00Z")));
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
    void amounts_keep_every_digit_and_their_scale() {
        String value = """
                {"eventId":"e-3","type":"SubsidyPaidEvent","revision":"1","aggregateId":"app-1",
                 "aggregateSequence":5,"timestamp":"2026-03-01T02:00:01Z",
                 "payload":{"applicationId":"app-1","paymentId":"pay-1","amount":1000.00,
                            "totalPaid":12345678901234567.89,"paidAt":"2026-03-01T02:00:00Z"}}""";

        SubsidyPaidEvent paid = (SubsidyPaidEvent) ((Decoded) decoder.decode(value)).envelope().payload();

        assertThat(paid.amount()).isEqualByComparingTo("1000.00").hasScaleOf(2);
        assertThat(paid.totalPaid()).isEqualTo(new BigDecimal("12345678901234567.89"));
    }

    @Test
    void fields_a_newer_writer_added_to_the_payload_are_ignored() throws Exception {
        ObjectNode envelope = envelopeOf(signedUp);
        ((ObjectNode) envelope.get("payload")).put("channel", "service-point");

        assertThat(decoder.decode(envelope.toString())).isInstanceOf(Decoded.class);
    }

    @Test
    void an_unknown_type_is_rejected_as_unknown_type() throws Exception {
        ObjectNode envelope = envelopeOf(signedUp).put("type", "TraineeTeleportedEvent");

        assertThat(reasonOf(envelope.toString())).isEqualTo(Reason.UNKNOWN_TYPE);
    }

    @Test
    void a_revision_newer_than_this_build_reads_is_rejected_as_newer_revision() throws Exception {
        ObjectNode envelope = envelopeOf(signedUp).put("revision", "3");

        assertThat(reasonOf(envelope.toString())).isEqualTo(Reason.NEWER_REVISION);
    }

    @Test
    void a_revision_that_is_not_a_number_is_rejected_as_unknown_revision() throws Exception {
        ObjectNode envelope = envelopeOf(signedUp).put("revision", "2b");

        assertThat(reasonOf(envelope.toString())).isEqualTo(Reason.UNKNOWN_REVISION);
    }

    @Test
    void a_payload_that_does_not_fit_its_type_is_rejected_as_invalid_payload() throws Exception {
        ObjectNode envelope = envelopeOf(signedUp);
        ((ObjectNode) envelope.get("payload")).put("status", "MAYBE");

        assertThat(reasonOf(envelope.toString())).isEqualTo(Reason.INVALID_PAYLOAD);
    }

    @Test
    void an_envelope_without_event_id_is_rejected_as_not_an_envelope() throws Exception {
        ObjectNode envelope = envelopeOf(signedUp);
        envelope.remove("eventId");

        assertThat(reasonOf(envelope.toString())).isEqualTo(Reason.NOT_AN_ENVELOPE);
    }

    @Test
    void json_of_another_shape_is_rejected_as_not_an_envelope() {
        assertThat(reasonOf("[1, 2, 3]")).isEqualTo(Reason.NOT_AN_ENVELOPE);
        assertThat(reasonOf("{\"eventId\": {\"nested\": true}}")).isEqualTo(Reason.NOT_AN_ENVELOPE);
    }

    @Test
    void a_value_that_is_not_json_is_rejected_as_not_json_without_echoing_it() {
        Decoding decoding = decoder.decode("{\"idNumber\": \"370102199001011234\"");

        assertThat(decoding).extracting("reason").isEqualTo(Reason.NOT_JSON);
        assertThat(((Rejected) decoding).detail()).doesNotContain("370102");
    }

    @Test
    void bytes_that_are_not_even_text_are_rejected_as_not_json() {
        assertThat(decoder.decode(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x7b})).extracting("reason")
                .isEqualTo(Reason.NOT_JSON);
    }

    @Test
    void an_empty_value_is_rejected_as_empty() {
        assertThat(decoder.decode(new byte[0])).extracting("reason").isEqualTo(Reason.EMPTY);
        assertThat(decoder.decode((byte[]) null)).extracting("reason").isEqualTo(Reason.EMPTY);
    }

    private Reason reasonOf(String value) {
        Decoding decoding = decoder.decode(value);
        assertThat(decoding).isInstanceOf(Rejected.class);
        return ((Rejected) decoding).reason();
    }

    private ObjectNode envelopeOf(Record payload) throws Exception {
        return (ObjectNode) json.readTree(json.writeValueAsString(new EventEnvelope<>("e-9",
                payload.getClass().getSimpleName(), "2", "class-1", 0, Instant.parse("2026-02-01T02:00:01Z"),
                payload)));
    }
}
