package cn.workerspalace.projection.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventHandlersTest {

    private final EventHandlers handlers = new EventHandlers();
    private final List<String> calls = new ArrayList<>();

    @Test
    void every_handler_of_the_payload_type_runs_in_subscription_order() {
        handlers.on(ClassCancelledEvent.class, event -> calls.add("first " + event.classId()))
                .on(ClassCancelledEvent.class, event -> calls.add("second " + event.classId()));

        handlers.dispatch(new ClassCancelledEvent("k1", "p1", "rain"));

        assertThat(calls).containsExactly("first k1", "second k1");
    }

    @Test
    void an_event_without_handlers_changes_nothing() {
        handlers.on(ClassCancelledEvent.class, event -> calls.add("cancelled"));

        handlers.dispatch(new ClassCompletedEvent("k1", "p1"));

        assertThat(calls).isEmpty();
    }
}
