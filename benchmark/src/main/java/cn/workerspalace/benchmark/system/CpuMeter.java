package cn.workerspalace.benchmark.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went, from Linux's /proc: the CPU time of groups of processes (a service's JVMs, this JVM,
 * PostgreSQL's sessions of this run, all of PostgreSQL) and of the whole machine, and how many threads were ready to
 * run, so that the report shows what else was running (other people's builds may share these cores). A background
 * thread reads the counters every second and adds up each process's growth, so processes that come and go (the
 * further instances) are counted too.
 */
public final class CpuMeter implements AutoCloseable {

    private static final double TICKS_PER_SECOND = 100.0;
    public static final String MACHINE = "whole machine";

    /** Accumulated CPU ticks by group, and the run-queue samples, at one moment. */
    public record Sample(long nanos, Map<String, Long> ticks, long runnableSum, long runnableSamples) {
    }

    /**
     * Cores in use on average between two samples, by group (1.0 = one core busy all the time), and the mean number
     * of threads running or ready to run on the whole machine.
     */
    public record Usage(double seconds, Map<String, Double> cores, double runnable) {
    }

    private final Map<String, Supplier<List<Long>>> groups = new LinkedHashMap<>();
    private final Map<String, Map<Long, Long>> seen = new HashMap<>();
    private final Map<String, Long> totals = new LinkedHashMap<>();
    private long machineLast = -1;
    private long runnableSum;
    private long runnableSamples;
    private volatile boolean running = true;
    private Thread sampler;

    /** A group of processes, found again at every sample (processes come and go). */
    public CpuMeter group(String name, Supplier<List<Long>> pids) {
        groups.put(name, pids);
        totals.put(name, 0L);
        seen.put(name, new HashMap<>());
        return this;
    }

    public CpuMeter start() {
        totals.put(MACHINE, 0L);
        read();
        sampler = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                read();
            }
        }, "cpu-meter");
        sampler.setDaemon(true);
        sampler.start();
        return this;
    }

    public synchronized Sample sample() {
        read();
        return new Sample(System.nanoTime(), new LinkedHashMap<>(totals), runnableSum, runnableSamples);
    }

    public static Usage between(Sample from, Sample to) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        to.ticks().forEach((name, ticks) -> cores.put(name,
                Math.max(0, ticks - from.ticks().getOrDefault(name, 0L)) / TICKS_PER_SECOND / seconds));
        long samples = to.runnableSamples() - from.runnableSamples();
        double runnable = samples == 0 ? 0 : (to.runnableSum() - from.runnableSum()) / (double) samples;
        return new Usage(seconds, cores, runnable);
    }

    private synchronized void read() {
        groups.forEach((name, pids) -> {
            Map<Long, Long> last = seen.get(name);
            Map<Long, Long> now = new HashMap<>();
            long growth = 0;
            for (long pid : pids.get()) {
                long ticks = ticksOf(pid);
                now.put(pid, ticks);
                growth += Math.max(0, ticks - last.getOrDefault(pid, ticks));
            }
            seen.put(name, now);
            totals.merge(name, growth, Long::sum);
        });
        long[] machine = machine();
        if (machineLast >= 0) {
            totals.merge(MACHINE, Math.max(0, machine[0] - machineLast), Long::sum);
        }
        machineLast = machine[0];
        runnableSum += machine[1];
        runnableSamples++;
    }

    @Override
    public void close() {
        running = false;
        if (sampler != null) {
            sampler.interrupt();
        }
    }

    /** Processes whose command name (comm) is exactly {@code name}. */
    public static List<Long> processesNamed(String name) {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String comm = Files.readString(p.resolve("comm")).trim();
                    if (comm.equals(name)) {
                        pids.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException ignored) {
                    // the process ended meanwhile
                }
            });
        } catch (IOException e) {
            return List.of();
        }
        return pids;
    }

    /** The children of this JVM whose command line contains {@code text}. */
    public static List<Long> childrenWith(String text) {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().map(c -> c.contains(text)).orElse(false))
                .map(ProcessHandle::pid).toList();
    }

    static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The machine's busy ticks (all but idle and iowait) and the threads running or ready to run now. */
    private static long[] machine() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] cpu = lines.get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long busy = total - Long.parseLong(cpu[4]) - Long.parseLong(cpu[5]);
            long runnable = lines.stream().filter(l -> l.startsWith("procs_running")).findFirst()
                    .map(l -> Long.parseLong(l.split("\\s+")[1])).orElse(0L);
            return new long[] {busy, runnable};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** The 1-minute load average. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
