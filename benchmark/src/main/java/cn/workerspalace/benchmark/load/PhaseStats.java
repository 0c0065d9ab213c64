package cn.workerspalace.benchmark.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What one load phase measured: per command type the answers (accepted, expected refusals, errors) and latency
 * histograms in microseconds, answers by kind, and accepted commands per second of the phase.
 *
 * <p>{@code latency} is what a client waited: in a paced phase from the moment the command was due (so a
 * server that falls behind shows it; no coordinated omission), in a closed loop from the moment it was sent.
 * {@code service} is always from the moment it was sent.
 */
public final class PhaseStats {

    private static final long MAX_MICROS = TimeUnit.SECONDS.toMicros(600);

    public final String name;
    private final Map<CommandType, ConcurrentHistogram> latency = new EnumMap<>(CommandType.class);
    private final Map<CommandType, ConcurrentHistogram> service = new EnumMap<>(CommandType.class);
    private final Map<CommandType, LongAdder> accepted = new EnumMap<>(CommandType.class);
    private final Map<CommandType, LongAdder> refused = new EnumMap<>(CommandType.class);
    private final Map<CommandType, LongAdder> errors = new EnumMap<>(CommandType.class);
    private final Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
    private final AtomicLongArray acceptedPerSecond;
    private volatile long startNanos;
    private volatile long endNanos;
    private volatile double targetRate;

    public PhaseStats(String name, long maxSeconds) {
        this.name = name;
        for (CommandType type : CommandType.values()) {
            latency.put(type, new ConcurrentHistogram(MAX_MICROS, 3));
            service.put(type, new ConcurrentHistogram(MAX_MICROS, 3));
            accepted.put(type, new LongAdder());
            refused.put(type, new LongAdder());
            errors.put(type, new LongAdder());
        }
        acceptedPerSecond = new AtomicLongArray((int) maxSeconds + 120);
    }

    void start(double rate) {
        targetRate = rate;
        startNanos = System.nanoTime();
    }

    void end() {
        endNanos = System.nanoTime();
    }

    /** Records an answer; {@code dueNanos} is when the command was due (its send time in a closed loop). */
    void record(CommandType type, Api.Answer answer, long dueNanos) {
        latency.get(type).recordValue(Math.min(MAX_MICROS, Math.max(0, (answer.endNanos() - dueNanos) / 1000)));
        service.get(type).recordValue(Math.min(MAX_MICROS, Math.max(0, answer.nanos() / 1000)));
        kinds.computeIfAbsent(type + " " + answer.kind(), k -> new LongAdder()).increment();
        if (answer.accepted()) {
            accepted.get(type).increment();
            int second = (int) ((answer.endNanos() - startNanos) / 1_000_000_000L);
            if (second >= 0 && second < acceptedPerSecond.length()) {
                acceptedPerSecond.incrementAndGet(second);
            }
        } else if (type.expected(answer)) {
            refused.get(type).increment();
        } else {
            errors.get(type).increment();
        }
    }

    public double seconds() {
        return (endNanos - startNanos) / 1e9;
    }

    public double targetRate() {
        return targetRate;
    }

    public Histogram latency(CommandType type) {
        return latency.get(type);
    }

    public Histogram service(CommandType type) {
        return service.get(type);
    }

    public long accepted(CommandType type) {
        return accepted.get(type).sum();
    }

    public long refused(CommandType type) {
        return refused.get(type).sum();
    }

    public long errors(CommandType type) {
        return errors.get(type).sum();
    }

    public long answered(CommandType type) {
        return latency.get(type).getTotalCount();
    }

    public long acceptedTotal() {
        return accepted.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long errorsTotal() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long answeredTotal() {
        return latency.values().stream().mapToLong(Histogram::getTotalCount).sum();
    }

    /** Accepted commands per second over the whole phase. */
    public double acceptedRate() {
        return acceptedTotal() / seconds();
    }

    public double answeredRate() {
        return answeredTotal() / seconds();
    }

    /** Answers by "TYPE kind", sorted. */
    public Map<String, Long> kinds() {
        Map<String, Long> sorted = new TreeMap<>();
        kinds.forEach((kind, count) -> sorted.put(kind, count.sum()));
        return sorted;
    }

    /** Accepted commands in each whole second of the phase. */
    public long[] perSecond() {
        int whole = (int) Math.floor(seconds());
        long[] rates = new long[Math.max(0, Math.min(whole, acceptedPerSecond.length()))];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = acceptedPerSecond.get(i);
        }
        return rates;
    }

    /** Latency across all command types. */
    public Histogram latencyAll() {
        Histogram all = new Histogram(MAX_MICROS, 3);
        latency.values().forEach(all::add);
        return all;
    }
}
