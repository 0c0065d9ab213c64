package cn.workerspalace.platform.relay;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events stored but not yet relayed: the head of the event store minus the lowest position over all the relay's
 * segments. A segment this instance processes counts with its live position (an idle segment stores its token only
 * every few seconds); any other segment with its stored token. The processor's status alone would not do: a segment
 * whose batch failed leaves it until it is claimed again, and segments of another instance are never in it.
 */
class RelayLag {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;

    RelayLag(EventProcessingConfiguration processing, EventStore eventStore, JdbcTemplate jdbc,
             Serializer tokenSerializer) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.tokenSerializer = tokenSerializer;
    }

    double events() {
        long head = positionOf(eventStore.createHeadToken());
        Map<Integer, Long> positions = storedPositions();
        processing.eventProcessor(KafkaEventRelay.PROCESSING_GROUP, StreamingEventProcessor.class)
                .ifPresent(relay -> relay.processingStatus().forEach((segment, status) ->
                        positions.merge(segment, positionOf(status.getTrackingToken()), Math::max)));
        long relayed = positions.values().stream().mapToLong(Long::longValue).min().orElse(-1);
        return Math.max(0, head - relayed);
    }

    private Map<Integer, Long> storedPositions() {
        Map<Integer, Long> positions = new HashMap<>();
        jdbc.query("select segment, token, tokentype from tokenentry where processorname = ?",
                row -> {
                    byte[] token = row.getBytes("token");
                    positions.put(row.getInt("segment"), token == null ? -1 : positionOf(tokenSerializer.deserialize(
                            new SimpleSerializedObject<>(token, byte[].class, row.getString("tokentype"), null))));
                },
                KafkaEventRelay.PROCESSING_GROUP);
        return positions;
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
