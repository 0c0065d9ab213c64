package cn.workerspalace.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConflictRetrySchedulerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ConflictRetryScheduler scheduler = new ConflictRetryScheduler(IntervalRetryScheduler.builder()
            .retryExecutor(executor).maxRetryCount(3).retryInterval(1));

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void a_lost_race_reported_by_the_driver_beneath_a_concurrency_exception_is_retried() {
        RuntimeException lostRace = new ConcurrencyException("sequence taken",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("command"), lostRace,
                new ArrayList<>(), () -> { })).isTrue();
    }

    @Test
    void a_refused_command_is_not_retried() {
        RuntimeException refused = new IllegalStateException("class full");

        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("command"), refused,
                new ArrayList<>(), () -> { })).isFalse();
    }

    @Test
    void a_storage_failure_without_a_conflict_is_not_retried() {
        RuntimeException broken = new EventStoreException("disk full", new SQLException("no space", "53100"));

        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("command"), broken,
                new ArrayList<>(), () -> { })).isFalse();
    }
}
