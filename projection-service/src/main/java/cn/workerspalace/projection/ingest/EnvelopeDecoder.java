package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.EventTypes;
import cn.workerspalace.projection.ingest.Decoding.Decoded;
import cn.workerspalace.projection.ingest.Decoding.Reason;
import cn.workerspalace.projection.ingest.Decoding.Rejected;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Reads a record value as {@code EventEnvelope<JsonNode>}, then its payload as the class {@link EventTypes} names
 * for the envelope's {@code type}. A payload of an older revision than the class's is read as the current one where
 * it converts: fields added since are null (revision 2 of {@code TraineeSignedUpEvent} added
 * {@code servicePointId}, null for revision 1). A newer revision, an unknown type or a value that is not an
 * envelope is rejected rather than guessed at.
 */
@Component
public class EnvelopeDecoder {

    private static final TypeReference<EventEnvelope<JsonNode>> RAW_ENVELOPE = new TypeReference<>() {
    };

    private final ObjectMapper json;
    // readers resolve their type and find its deserializer once, not on every record
    private final ObjectReader envelopes;
    private final Map<Class<? extends Record>, ObjectReader> payloads = new ConcurrentHashMap<>();

    EnvelopeDecoder(ObjectMapper json) {
        this.json = json;
        // decimals kept as written (an amount of 1000.00 stays 1000.00), not read into the tree as doubles
        this.envelopes = json.readerFor(RAW_ENVELOPE)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    public Decoding decode(String value) {
        return decode(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    public Decoding decode(byte[] value) {
        if (value == null || value.length == 0) {
            return new Rejected(Reason.EMPTY, "empty record value");
        }
        EventEnvelope<JsonNode> raw;
        try {
            raw = envelopes.readValue(value);
        } catch (StreamReadException e) {
            return new Rejected(Reason.NOT_JSON, "not JSON");
        } catch (IOException e) {
            return new Rejected(Reason.NOT_AN_ENVELOPE, "JSON, but not an event envelope");
        }
        if (raw == null || raw.eventId() == null || raw.type() == null || raw.timestamp() == null
                || raw.payload() == null || raw.payload().isNull()) {
            return new Rejected(Reason.NOT_AN_ENVELOPE, "envelope lacks eventId, type, timestamp or payload");
        }
        Optional<Class<? extends Record>> type = EventTypes.byName(raw.type());
        if (type.isEmpty()) {
            return new Rejected(Reason.UNKNOWN_TYPE, "event " + raw.eventId() + " of unknown type " + raw.type());
        }
        String current = EventTypes.revisionOf(type.get());
        Optional<Rejected> revision = checkRevision(raw, current);
        if (revision.isPresent()) {
            return revision.get();
        }
        Record payload;
        try {
            payload = payloads.computeIfAbsent(type.get(), json::readerFor).readValue(raw.payload());
        } catch (IOException | IllegalArgumentException e) {
            return new Rejected(Reason.INVALID_PAYLOAD,
                    "event " + raw.eventId() + ": payload is not a valid " + raw.type() + " revision "
                            + (raw.revision() == null ? current : raw.revision()));
        }
        return new Decoded(new EventEnvelope<>(raw.eventId(), raw.type(), current, raw.aggregateId(),
                raw.aggregateSequence(), raw.timestamp(), payload));
    }

    /** Any revision from 1 to the current one is read; an envelope without one is taken as current. */
    private static Optional<Rejected> checkRevision(EventEnvelope<JsonNode> raw, String current) {
        if (raw.revision() == null || raw.revision().equals(current)) {
            return Optional.empty();
        }
        int revision;
        try {
            revision = Integer.parseInt(raw.revision().trim());
        } catch (NumberFormatException e) {
            return Optional.of(new Rejected(Reason.UNKNOWN_REVISION, "event " + raw.eventId() + " of type "
                    + raw.type() + " has revision '" + raw.revision() + "', not a number"));
        }
        if (revision < 1) {
            return Optional.of(new Rejected(Reason.UNKNOWN_REVISION, "event " + raw.eventId() + " of type "
                    + raw.type() + " has revision " + revision));
        }
        if (revision > Integer.parseInt(current)) {
            return Optional.of(new Rejected(Reason.NEWER_REVISION, "event " + raw.eventId() + " of type "
                    + raw.type() + " has revision " + revision + ", this build reads up to " + current));
        }
        return Optional.empty();
    }
}
