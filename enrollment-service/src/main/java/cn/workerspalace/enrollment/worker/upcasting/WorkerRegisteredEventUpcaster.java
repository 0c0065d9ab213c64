package cn.workerspalace.enrollment.worker.upcasting;

import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads a revision 1 {@link WorkerRegisteredEvent} (name in clear, ID number and phone masked, never clear) as
 * revision 2: no sealed {@code personalData}, and what it carried under {@code legacyPersonalData}. Such a worker has
 * no data key; their masked values stay readable as they always were.
 */
@Component
class WorkerRegisteredEventUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(WorkerRegisteredEvent.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(WorkerRegisteredEvent.class.getName(), "2");
    private static final List<String> AFTER_PERSONAL_DATA = List.of("palaceId", "cityCode", "servicePointId",
            "frontLine", "migrantWorker", "registeredAt");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class,
                WorkerRegisteredEventUpcaster::moveToLegacyPersonalData);
    }

    /** A copy in revision 2's field order. */
    static JsonNode moveToLegacyPersonalData(JsonNode revision1) {
        ObjectNode revision2 = JsonNodeFactory.instance.objectNode();
        revision2.set("workerId", revision1.get("workerId"));
        revision2.set("memberNo", revision1.get("memberNo"));
        revision2.set("idNumberDigest", revision1.get("idNumberDigest"));
        revision2.putNull("personalData");
        ObjectNode legacy = revision2.putObject("legacyPersonalData");
        legacy.set("name", revision1.get("name"));
        legacy.set("idNumberMasked", revision1.get("idNumberMasked"));
        legacy.set("phoneMasked", revision1.get("phoneMasked"));
        AFTER_PERSONAL_DATA.forEach(field -> revision2.set(field, revision1.get(field)));
        return revision2;
    }
}
