package cn.workerspalace.projection.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.projection.rebuild.api.RebuildProgress;
import cn.workerspalace.projection.rebuild.api.RebuildState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final Progress progress = new Progress(7, "rebuild_7", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void before_the_replay_starts_nothing_is_done_and_the_time_left_is_unknown() {
        RebuildProgress now = progress.snapshot();

        assertThat(now.state()).isEqualTo(RebuildState.REPLAYING);
        assertThat(now.percent()).isZero();
        assertThat(now.secondsLeft()).isNull();
    }

    @Test
    void halfway_it_says_how_far_it_is_how_fast_it_goes_and_how_long_is_left() throws InterruptedException {
        progress.replayFrom(1_000);
        Thread.sleep(20);
        progress.read(500, 3, 500);

        RebuildProgress now = progress.snapshot();

        assertThat(now.eventsDone()).isEqualTo(500);
        assertThat(now.percent()).isEqualTo(50.0);
        assertThat(now.eventsSkipped()).isEqualTo(3);
        assertThat(now.eventsPerSecond()).isPositive();
        assertThat(now.secondsLeft()).isNotNull().isGreaterThanOrEqualTo(0);
        assertThat(progress.line()).contains("rebuild 7 REPLAYING: 500 / 1,000 events (50.0%)");
    }

    @Test
    void records_that_arrived_after_the_start_count_as_read_but_never_past_the_total() {
        progress.replayFrom(100);
        progress.read(150, 0, 100);
        progress.state(RebuildState.DONE);

        RebuildProgress now = progress.snapshot();

        assertThat(now.eventsDone()).isEqualTo(100);
        assertThat(now.eventsRead()).isEqualTo(150);
        assertThat(now.percent()).isEqualTo(100.0);
        assertThat(now.secondsLeft()).isZero();
        assertThat(now.finishedAt()).isNotNull();
    }

    @Test
    void a_failure_keeps_its_reason_and_has_no_time_left() {
        progress.replayFrom(100);
        progress.failed("broker gone");

        assertThat(progress.snapshot()).extracting(RebuildProgress::state, RebuildProgress::failure,
                RebuildProgress::secondsLeft).containsExactly(RebuildState.FAILED, "broker gone", null);
    }
}
