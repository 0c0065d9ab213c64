package cn.workerspalace.projection.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.enrollment.SignUpCancelledEvent;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.projection.support.ReadModelTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** The dedup record and the read model update commit together, once per event id. */
class EventBatchApplierTest extends ReadModelTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void a_batch_that_fails_part_way_leaves_no_trace_and_applies_fully_when_delivered_again() {
        String palace = newId("palace");
        EventEnvelope<Record> registered = envelope(palace,
                new PalaceRegisteredEvent(palace, "济南", PalaceLevel.CITY, "370100", null));
        EventEnvelope<Record> broken = envelope("k", new ClassOpenedEvent("k", "c", null, "无宫之班", 5,
                null, null, List.of(), 2026));

        assertThatThrownBy(() -> applyBatch(registered, broken)).isInstanceOf(DataAccessException.class);
        assertThat(palaces(palace)).isZero();
        assertThat(processed(registered.eventId())).isZero();

        applyBatch(registered);
        assertThat(palaces(palace)).isOne();
    }

    @Test
    void an_old_event_delivered_again_after_newer_ones_changes_nothing() {
        String clazz = newId("class");
        EventEnvelope<Record> signedUp = signedUp(clazz, "w1");
        applyBatch(signedUp, envelope(clazz, new SignUpCancelledEvent(clazz, "w1", SignUpStatus.CONFIRMED,
                Instant.parse("2026-02-02T00:00:00Z"))));
        double applied = count(IngestMetrics.APPLIED);
        double duplicates = count(IngestMetrics.DUPLICATES);

        applyBatch(signedUp);

        assertThat(status(clazz, "w1")).isEqualTo("CANCELLED");
        assertThat(count(IngestMetrics.APPLIED)).isEqualTo(applied);
        assertThat(count(IngestMetrics.DUPLICATES)).isEqualTo(duplicates + 1);
    }

    @Test
    void an_event_twice_in_one_batch_is_applied_once() {
        String clazz = newId("class");
        EventEnvelope<Record> signedUp = signedUp(clazz, "w1");
        double duplicates = count(IngestMetrics.DUPLICATES);

        applyBatch(signedUp, envelope(clazz, new SignUpCancelledEvent(clazz, "w1", SignUpStatus.CONFIRMED,
                Instant.parse("2026-02-02T00:00:00Z"))), signedUp);

        assertThat(status(clazz, "w1")).isEqualTo("CANCELLED");
        assertThat(count(IngestMetrics.DUPLICATES)).isEqualTo(duplicates + 1);
    }

    private EventEnvelope<Record> signedUp(String clazz, String worker) {
        return envelope(clazz, new TraineeSignedUpEvent(clazz, worker, null, SignUpStatus.CONFIRMED, null,
                Instant.parse("2026-02-01T00:00:00Z")));
    }

    private long palaces(String palace) {
        return jdbc.sql("select count(*) from palace where palace_id = ?").param(palace).query(Long.class).single();
    }

    private long processed(String eventId) {
        return jdbc.sql("select count(*) from processed_event where event_id = ?").param(eventId)
                .query(Long.class).single();
    }

    private String status(String clazz, String worker) {
        return jdbc.sql("select status from sign_up where class_id = ? and worker_id = ?").params(clazz, worker)
                .query(String.class).single();
    }

    private double count(String meter) {
        return meters.find(meter).counters().stream().mapToDouble(Counter::count).sum();
    }
}
