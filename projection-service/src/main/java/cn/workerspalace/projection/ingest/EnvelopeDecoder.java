package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.EventTypes;
import cn.workerspalace.projection.ingest.Decoding.Decoded;
import cn.workerspalace.projection.ingest.Decoding.SkipReason;
import cn.workerspalace.projection.ingest.Decoding.Skipped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads a record value as {@code EventEnvelope<JsonNode>}, then its payload as the class {@link EventTypes} names
 * for the envelope's {@code type}. A type this build does not know, a revision other than the one it was built
 * against, or a value that is not an envelope is skipped rather than guessed at.
 */
@Component
class EnvelopeDecoder {

    private static final TypeReference<EventEnvelope<JsonNode>> RAW_ENVELOPE = new TypeReference<>() {
    };

    private final ObjectMapper json;

    EnvelopeDecoder(ObjectMapper json) {
        this.json = json;
    }

    Decoding decode(String value) {
        if (value == null) {
            return new Skipped(SkipReason.UNDECODABLE, "empty record value");
        }
        EventEnvelope<JsonNode> raw;
        try {
            raw = json.readValue(value, RAW_ENVELOPE);
        } catch (JsonProcessingException e) {
            return new Skipped(SkipReason.UNDECODABLE, "not a JSON event envelope");
        }
        if (raw == null || raw.eventId() == null || raw.type() == null || raw.timestamp() == null
                || raw.payload() == null || raw.payload().isNull()) {
            return new Skipped(SkipReason.UNDECODABLE, "envelope lacks eventId, type, timestamp or payload");
        }
        Optional<Class<? extends Record>> type = EventTypes.byName(raw.type());
        if (type.isEmpty()) {
            return new Skipped(SkipReason.UNKNOWN_TYPE, "event " + raw.eventId() + " of unknown type " + raw.type());
        }
        String expectedRevision = EventTypes.revisionOf(type.get());
        if (raw.revision() != null && !expectedRevision.equals(raw.revision())) {
            return new Skipped(SkipReason.UNKNOWN_REVISION, "event " + raw.eventId() + " of type " + raw.type()
                    + " has revision " + raw.revision() + ", this build reads " + expectedRevision);
        }
        Record payload;
        try {
            payload = json.treeToValue(raw.payload(), type.get());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Skipped(SkipReason.UNDECODABLE,
                    "event " + raw.eventId() + ": payload is not a valid " + raw.type());
        }
        return new Decoded(new EventEnvelope<>(raw.eventId(), raw.type(), expectedRevision, raw.aggregateId(),
                raw.aggregateSequence(), raw.timestamp(), payload));
    }
}
