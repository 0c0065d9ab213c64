package cn.workerspalace.projection.rebuild;

import cn.workerspalace.projection.ProjectionApplication;
import cn.workerspalace.projection.rebuild.api.RebuildProgress;
import cn.workerspalace.projection.rebuild.api.RebuildState;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The figures of one rebuild, written by its thread and read by anyone. */
final class Progress {

    private final long id;
    private final String schema;
    private final Clock clock;
    private final Instant startedAt;
    private RebuildState state = RebuildState.REPLAYING;
    private Instant finishedAt;
    private long total;
    private long done;
    private long read;
    private long skipped;
    private long replayStartNanos;
    private long lastReadNanos;
    private String failure;

    Progress(long id, String schema, Clock clock) {
        this.id = id;
        this.schema = schema;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    long id() {
        return id;
    }

    String schema() {
        return schema;
    }

    synchronized void replayFrom(long total) {
        this.total = total;
        this.replayStartNanos = System.nanoTime();
        this.lastReadNanos = replayStartNanos;
    }

    /** {@code done}: how many records of the start have been read by now. */
    synchronized void read(int records, int skippedRecords, long doneNow) {
        read += records;
        skipped += skippedRecords;
        done = Math.min(total, doneNow);
        lastReadNanos = System.nanoTime();
    }

    synchronized void state(RebuildState next) {
        state = next;
        if (next.finished()) {
            finishedAt = clock.instant();
        }
    }

    synchronized void failed(String why) {
        failure = why;
        state(RebuildState.FAILED);
    }

    synchronized boolean finished() {
        return state.finished();
    }

    synchronized RebuildProgress snapshot() {
        double seconds = replayStartNanos == 0 ? 0 : (lastReadNanos - replayStartNanos) / 1e9;
        double rate = seconds <= 0 ? 0 : read / seconds;
        Long secondsLeft;
        if (state == RebuildState.DONE || total == done && replayStartNanos != 0) {
            secondsLeft = 0L;
        } else if (state == RebuildState.FAILED || rate == 0) {
            secondsLeft = null;
        } else {
            secondsLeft = (long) Math.ceil((total - done) / rate);
        }
        double percent = total == 0 ? (replayStartNanos == 0 ? 0 : 100) : Math.floor(1000.0 * done / total) / 10;
        return new RebuildProgress(id, state, schema, zoned(startedAt), zoned(finishedAt), total, done, percent, read,
                skipped, Math.round(rate * 10) / 10.0, secondsLeft, failure);
    }

    /** One line for logs and the console. */
    String line() {
        RebuildProgress now = snapshot();
        String left = now.secondsLeft() == null ? "time left unknown" : "about " + now.secondsLeft() + " s left";
        return String.format("rebuild %d %s: %,d / %,d events (%.1f%%), %,.0f events/s, %s; %,d read in all, "
                        + "%,d not events%s", now.id(), now.state(), now.eventsDone(), now.eventsTotal(),
                now.percent(), now.eventsPerSecond(), left, now.eventsRead(), now.eventsSkipped(),
                now.failure() == null ? "" : "; failed: " + now.failure());
    }

    private static OffsetDateTime zoned(Instant instant) {
        return instant == null ? null : instant.atZone(ProjectionApplication.PROGRAMME_ZONE).toOffsetDateTime();
    }
}
