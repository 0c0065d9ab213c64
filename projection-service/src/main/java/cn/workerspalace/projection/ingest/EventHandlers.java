package cn.workerspalace.projection.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Handlers by payload type; an event type nobody subscribed to is recorded as processed and otherwise ignored. */
public final class EventHandlers {

    private final Map<Class<?>, List<Consumer<Object>>> byType = new HashMap<>();

    public <E extends Record> EventHandlers on(Class<E> type, Consumer<? super E> handler) {
        byType.computeIfAbsent(type, key -> new ArrayList<>()).add(payload -> handler.accept(type.cast(payload)));
        return this;
    }

    void dispatch(Object payload) {
        byType.getOrDefault(payload.getClass(), List.of()).forEach(handler -> handler.accept(payload));
    }
}
