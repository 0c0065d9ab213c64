package cn.workerspalace.enrollment.roster.upcasting;

import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads a revision 1 {@link TraineeSignedUpEvent} (stored before sign-ups named a service point) as revision 2 with
 * {@code servicePointId} null: such a sign-up was not recorded as taken at a service point. Axon's Spring
 * configuration puts every {@code EventUpcaster} bean into the chain of the event store, so aggregates loading
 * their events and the tracking relay publishing them to Kafka both see revision 2 only.
 */
@Component
class TraineeSignedUpEventUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(TraineeSignedUpEvent.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(TraineeSignedUpEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, TraineeSignedUpEventUpcaster::addServicePoint);
    }

    /** A copy with {@code servicePointId: null} right after {@code workerId}, where revision 2 writes it. */
    static JsonNode addServicePoint(JsonNode revision1) {
        ObjectNode revision2 = JsonNodeFactory.instance.objectNode();
        revision1.properties().forEach(field -> {
            revision2.set(field.getKey(), field.getValue().deepCopy());
            if (field.getKey().equals("workerId")) {
                revision2.putNull("servicePointId");
            }
        });
        if (!revision2.has("servicePointId")) {
            revision2.putNull("servicePointId");
        }
        return revision2;
    }
}
