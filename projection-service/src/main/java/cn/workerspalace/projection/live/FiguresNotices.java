package cn.workerspalace.projection.live;

import cn.workerspalace.projection.ProjectionApplication;
import cn.workerspalace.projection.ingest.EventsApplied;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Keeps the open streams and sends them a {@code changed} notice after batches commit. Sending happens on a thread of
 * its own, never on the ingesting one: a batch only marks a notice as due, and the due notice goes out at most once
 * per {@code palace.live.min-interval}, so a burst of batches makes one notice. A comment line every
 * {@code palace.live.heartbeat} keeps proxies from closing a quiet stream and finds the streams whose page is gone.
 */
@Component
public class FiguresNotices implements SmartLifecycle {

    static final String CHANGED = "changed";
    private static final Logger log = LoggerFactory.getLogger(FiguresNotices.class);
    /** How long a stream stays open; the browser's EventSource then reconnects by itself. */
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private final List<SseEmitter> streams = new CopyOnWriteArrayList<>();
    private final JdbcClient jdbc;
    private final Duration minInterval;
    private final Duration heartbeat;
    private final AtomicBoolean due = new AtomicBoolean();
    private final AtomicLong eventsSinceNotice = new AtomicLong();
    private volatile long lastSentNanos;
    private volatile ScheduledExecutorService sender;

    FiguresNotices(JdbcClient jdbc,
                   @Value("${palace.live.min-interval:PT0.25S}") Duration minInterval,
                   @Value("${palace.live.heartbeat:PT15S}") Duration heartbeat) {
        this.jdbc = jdbc;
        this.minInterval = minInterval;
        this.heartbeat = heartbeat;
        this.lastSentNanos = System.nanoTime() - minInterval.toNanos();
    }

    /** A new stream; it gets a first notice at once, with the figures' freshness as it is now. */
    public SseEmitter open() {
        SseEmitter stream = new SseEmitter(STREAM_TIMEOUT.toMillis());
        stream.onCompletion(() -> streams.remove(stream));
        stream.onTimeout(stream::complete);
        stream.onError(error -> streams.remove(stream));
        streams.add(stream);
        ScheduledExecutorService executor = sender;
        if (executor != null) {
            executor.execute(() -> send(stream, new FiguresChanged(newestEvent(), 0)));
        }
        return stream;
    }

    int openStreams() {
        return streams.size();
    }

    @EventListener
    void on(EventsApplied applied) {
        eventsSinceNotice.addAndGet(applied.events());
        ScheduledExecutorService executor = sender;
        if (executor != null && due.compareAndSet(false, true)) {
            long wait = lastSentNanos + minInterval.toNanos() - System.nanoTime();
            executor.schedule(this::sendNotice, Math.max(0, wait), TimeUnit.NANOSECONDS);
        }
    }

    private void sendNotice() {
        due.set(false);
        lastSentNanos = System.nanoTime();
        FiguresChanged notice = new FiguresChanged(newestEvent(), eventsSinceNotice.getAndSet(0));
        for (SseEmitter stream : streams) {
            send(stream, notice);
        }
    }

    private void send(SseEmitter stream, FiguresChanged notice) {
        try {
            stream.send(SseEmitter.event().name(CHANGED).data(notice, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            // the page went away (or the stream completed meanwhile)
            streams.remove(stream);
        }
    }

    private void heartbeat() {
        for (SseEmitter stream : streams) {
            try {
                stream.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                streams.remove(stream);
            }
        }
    }

    private OffsetDateTime newestEvent() {
        try {
            Timestamp newest = jdbc.sql("select max(event_time) from processed_event").query(Timestamp.class)
                    .list().get(0);
            return newest == null ? null
                    : newest.toInstant().atZone(ProjectionApplication.PROGRAMME_ZONE).toOffsetDateTime();
        } catch (RuntimeException e) {
            log.warn("cannot read the newest event's time for the live notice", e);
            return null;
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "figures-notices");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
        sender = executor;
    }

    /** Closes every stream first, so that a graceful shutdown does not wait for pages that never hang up. */
    @Override
    public void stop() {
        ScheduledExecutorService executor = sender;
        sender = null;
        if (executor != null) {
            executor.shutdownNow();
        }
        for (SseEmitter stream : streams) {
            stream.complete();
        }
        streams.clear();
    }

    @Override
    public boolean isRunning() {
        return sender != null;
    }

    @Override
    public int getPhase() {
        // stops before the web server's graceful shutdown (a lower phase)
        return Integer.MAX_VALUE;
    }
}
