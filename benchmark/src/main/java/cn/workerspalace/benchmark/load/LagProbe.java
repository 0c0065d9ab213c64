package cn.workerspalace.benchmark.load;

import cn.workerspalace.benchmark.province.Province;
import cn.workerspalace.benchmark.province.Province.Clazz;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * End-to-end lag: from the answer to a sign-up to the moment the projection's figure shows it. A probe thread
 * signs workers up for the classes of a palace nobody else uses, one after another, about one command in a
 * hundred of the crowd's rate; that palace's {@code confirmed} figure is therefore exactly the number of probe
 * sign-ups applied. A poller reads it every {@link #POLL} and, for each probe the figure now covers, records the
 * time since the probe's answer. The probes travel the same way as every sign-up: the event store, the relay, the
 * enrollment-events topic and the projection's consumer.
 */
public final class LagProbe implements AutoCloseable {

    public static final Duration POLL = Duration.ofMillis(20);

    /** The lag of one phase. */
    public record Lag(long probes, long seen, long unresolved, long errors, Histogram micros) {
    }

    private record Pending(long ordinal, long answeredNanos) {
    }

    private final Api api;
    private final URI enrollment;
    private final URI projection;
    private final Province province;
    private final List<Clazz> classes;
    private final ConcurrentLinkedDeque<Pending> pending = new ConcurrentLinkedDeque<>();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private final Crowd crowd;
    private volatile ConcurrentHistogram current;
    private volatile long intervalNanos;
    private long probes;
    private long ordinal;
    private long errors;
    private Thread prober;
    private Thread poller;
    private long phaseProbes;
    private long phaseErrors;

    public LagProbe(Api api, URI enrollment, URI projection, Province province, Crowd crowd) {
        this.api = api;
        this.enrollment = enrollment;
        this.projection = projection;
        this.province = province;
        this.classes = province.probeClasses();
        this.crowd = crowd;
    }

    /** Starts probing, {@code perSecond} probes a second, recording into a fresh histogram. */
    public synchronized void start(double perSecond) {
        current = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
        intervalNanos = (long) (1e9 / perSecond);
        phaseProbes = probes;
        phaseErrors = errors;
        running.set(true);
        prober = new Thread(this::probe, "lag-prober");
        poller = new Thread(this::poll, "lag-poller");
        prober.setDaemon(true);
        poller.setDaemon(true);
        prober.start();
        poller.start();
    }

    /** Stops probing, waits up to {@code patience} for the probes in flight to show, and answers the phase's lag. */
    public synchronized Lag stop(Duration patience) {
        running.set(false);
        join(prober);
        join(poller);
        long deadline = System.nanoTime() + patience.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            observe();
            Api.pause(POLL.toMillis());
        }
        long unresolved = pending.size();
        pending.clear();
        return new Lag(probes - phaseProbes, current.getTotalCount(), unresolved, errors - phaseErrors, current);
    }

    private void probe() {
        long next = System.nanoTime();
        while (running.get()) {
            long n = probes;
            Clazz clazz = classes.get((int) (n % classes.size()));
            int worker = (int) (n / classes.size());
            if (worker >= province.workers()) {
                return;
            }
            Api.Answer answer = api.post(enrollment, "/api/classes/" + clazz.id() + "/sign-ups",
                    "{\"workerId\":\"" + Province.workerId(worker) + "\"}");
            probes++;
            if (answer.accepted()) {
                crowd.countProbeSignUp();
                pending.add(new Pending(++ordinal, answer.endNanos()));
            } else {
                errors++;
            }
            next += intervalNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Api.pause(TimeUnit.NANOSECONDS.toMillis(wait));
            } else {
                next = System.nanoTime();
            }
        }
    }

    private void poll() {
        while (running.get()) {
            observe();
            Api.pause(POLL.toMillis());
        }
    }

    private void observe() {
        Api.Answer answer = api.get(projection, "/api/stats/palaces/" + province.probePalace().id() + "?year="
                + province.year());
        if (!answer.accepted()) {
            return;
        }
        long confirmed = answer.body().path("confirmed").asLong(-1);
        long now = answer.endNanos();
        applied.set(confirmed);
        Pending head;
        while ((head = pending.peekFirst()) != null && head.ordinal() <= confirmed) {
            pending.pollFirst();
            current.recordValue(Math.max(0, (now - head.answeredNanos()) / 1000));
        }
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running.set(false);
    }
}
