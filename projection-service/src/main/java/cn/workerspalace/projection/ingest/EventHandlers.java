package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventEnvelope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Handlers by payload type; an event type nobody subscribed to is recorded as processed and otherwise ignored. */
public final class EventHandlers {

    private final Map<Class<?>, List<Consumer<EventEnvelope<Record>>>> byType = new HashMap<>();

    /** A handler of the payload alone. */
    public <E extends Record> EventHandlers on(Class<E> type, Consumer<? super E> handler) {
        return onEnvelope(type, (payload, envelope) -> handler.accept(payload));
    }

    /** A handler that also needs the envelope: the event's id, or when it happened. */
    public <E extends Record> EventHandlers onEnvelope(Class<E> type,
                                                       BiConsumer<? super E, EventEnvelope<Record>> handler) {
        byType.computeIfAbsent(type, key -> new ArrayList<>())
                .add(envelope -> handler.accept(type.cast(envelope.payload()), envelope));
        return this;
    }

    void dispatch(EventEnvelope<Record> envelope) {
        byType.getOrDefault(envelope.payload().getClass(), List.of()).forEach(handler -> handler.accept(envelope));
    }
}
