package cn.workerspalace.projection.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventHandlersTest {

    private static final Instant T = Instant.parse("2026-02-01T02:00:00Z");

    private final EventHandlers handlers = new EventHandlers();
    private final List<String> calls = new ArrayList<>();

    @Test
    void every_handler_of_the_payload_type_runs_in_subscription_order() {
        handlers.on(ClassCancelledEvent.class, event -> calls.add("first " + event.classId()))
                .onEnvelope(ClassCancelledEvent.class, (event, envelope) -> calls.add("second " + event.classId()));

        handlers.dispatch(envelope(new ClassCancelledEvent("k1", "p1", "rain")));

        assertThat(calls).containsExactly("first k1", "second k1");
    }

    @Test
    void an_envelope_handler_is_given_the_event_id_and_time() {
        handlers.onEnvelope(ClassCancelledEvent.class,
                (event, envelope) -> calls.add(envelope.eventId() + " " + envelope.timestamp()));

        handlers.dispatch(envelope(new ClassCancelledEvent("k1", "p1", "rain")));

        assertThat(calls).containsExactly("e-1 " + T);
    }

    @Test
    void an_event_without_handlers_changes_nothing() {
        handlers.on(ClassCancelledEvent.class, event -> calls.add("cancelled"));

        handlers.dispatch(envelope(new ClassCompletedEvent("k1", "p1")));

        assertThat(calls).isEmpty();
    }

    private static EventEnvelope<Record> envelope(Record payload) {
        return new EventEnvelope<>("e-1", payload.getClass().getSimpleName(), "1", "k1", 0, T, payload);
    }
}
