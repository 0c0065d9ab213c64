package cn.workerspalace.benchmark.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service's time went, from its flight recording: what {@code jfr print --events jdk.ExecutionSample} lists,
 * aggregated. CPU samples ({@code jdk.ExecutionSample}) by the library of the frame on top of the stack (self time)
 * and by every library on the stack (inclusive), the hottest methods, the application's own entry points,
 * the native samples (threads waiting in socket reads: PostgreSQL's answers, HTTP), garbage collection pauses and
 * contended locks.
 */
public final class ProfileSummary {

    /** Libraries by package prefix, most specific first. */
    private static final List<String[]> LIBRARIES = List.of(
            new String[] {"org.postgresql.", "PostgreSQL JDBC driver"},
            new String[] {"com.zaxxer.hikari.", "HikariCP"},
            new String[] {"com.fasterxml.jackson.", "Jackson (JSON)"},
            new String[] {"org.axonframework.", "Axon Framework"},
            new String[] {"org.apache.kafka.", "Kafka client"},
            new String[] {"org.springframework.kafka.", "Spring Kafka"},
            new String[] {"org.apache.tomcat.", "Tomcat"},
            new String[] {"org.apache.coyote.", "Tomcat"},
            new String[] {"org.apache.catalina.", "Tomcat"},
            new String[] {"org.hibernate.validator.", "Hibernate Validator"},
            new String[] {"jakarta.validation.", "Hibernate Validator"},
            new String[] {"org.springframework.jdbc.", "Spring JDBC"},
            new String[] {"org.springframework.transaction.", "Spring transactions"},
            new String[] {"org.springframework.web.", "Spring MVC"},
            new String[] {"org.springframework.", "Spring (other)"},
            new String[] {"io.micrometer.", "Micrometer"},
            new String[] {"ch.qos.logback.", "logging"},
            new String[] {"org.slf4j.", "logging"},
            new String[] {"org.apache.logging.", "logging"},
            new String[] {"cn.workerspalace.", "the application"},
            new String[] {"java.util.concurrent.", "JDK concurrency"},
            new String[] {"java.util.regex.", "JDK regex"},
            new String[] {"java.lang.invoke.", "JDK reflection / lambdas"},
            new String[] {"java.lang.reflect.", "JDK reflection / lambdas"},
            new String[] {"jdk.internal.reflect.", "JDK reflection / lambdas"},
            new String[] {"sun.nio.", "JDK I/O"},
            new String[] {"java.nio.", "JDK I/O"},
            new String[] {"java.net.", "JDK I/O"},
            new String[] {"sun.security.", "JDK crypto"},
            new String[] {"javax.crypto.", "JDK crypto"},
            new String[] {"com.sun.crypto.", "JDK crypto"},
            new String[] {"java.", "JDK (other)"},
            new String[] {"jdk.", "JDK (other)"},
            new String[] {"sun.", "JDK (other)"});

    public record Share(String name, long samples, double percent) {
    }

    public record Summary(String service, long cpuSamples, double seconds, List<Share> selfByLibrary,
                          List<Share> inclusiveByLibrary, List<Share> hotMethods, List<Share> applicationFrames,
                          long nativeSamples, List<Share> nativeCallers, long gcPauses, Duration gcPauseTotal,
                          Duration gcPauseMax, List<Share> contendedLocks, Duration lockWaitTotal,
                          double jvmCpuCores, List<Share> threadCores) {
    }

    private ProfileSummary() {
    }

    public static Summary of(String service, Path file) throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> methods = new HashMap<>();
        Map<String, Long> application = new HashMap<>();
        Map<String, Long> nativeCallers = new HashMap<>();
        Map<String, Long> locks = new HashMap<>();
        Map<String, Double> threadLoad = new HashMap<>();
        Map<String, Integer> threadPeriods = new HashMap<>();
        long samples = 0;
        long nativeSamples = 0;
        long gcCount = 0;
        Duration gcTotal = Duration.ZERO;
        Duration gcMax = Duration.ZERO;
        Duration lockTotal = Duration.ZERO;
        double cpuSum = 0;
        long cpuCount = 0;
        java.time.Instant first = null;
        java.time.Instant last = null;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                if (first == null || event.getStartTime().isBefore(first)) {
                    first = event.getStartTime();
                }
                if (last == null || event.getEndTime().isAfter(last)) {
                    last = event.getEndTime();
                }
                switch (type) {
                    case "jdk.ExecutionSample" -> {
                        RecordedStackTrace stack = event.getStackTrace();
                        if (stack == null || stack.getFrames().isEmpty()) {
                            continue;
                        }
                        samples++;
                        List<RecordedFrame> frames = stack.getFrames();
                        RecordedMethod top = frames.get(0).getMethod();
                        self.merge(library(top), 1L, Long::sum);
                        methods.merge(name(top), 1L, Long::sum);
                        Set<String> seen = new HashSet<>();
                        String entry = null;
                        for (RecordedFrame frame : frames) {
                            String library = library(frame.getMethod());
                            if (seen.add(library)) {
                                inclusive.merge(library, 1L, Long::sum);
                            }
                            if (entry == null && className(frame.getMethod()).startsWith("cn.workerspalace.")) {
                                entry = name(frame.getMethod());
                            }
                        }
                        application.merge(entry == null ? "(no application frame on the stack)" : entry, 1L, Long::sum);
                    }
                    case "jdk.NativeMethodSample" -> {
                        RecordedStackTrace stack = event.getStackTrace();
                        if (stack == null || stack.getFrames().isEmpty()) {
                            continue;
                        }
                        nativeSamples++;
                        nativeCallers.merge(nativeCaller(stack.getFrames()), 1L, Long::sum);
                    }
                    case "jdk.GarbageCollection" -> {
                        gcCount++;
                        Duration pause = event.getDuration("sumOfPauses");
                        gcTotal = gcTotal.plus(pause);
                        if (pause.compareTo(gcMax) > 0) {
                            gcMax = pause;
                        }
                    }
                    case "jdk.JavaMonitorEnter" -> {
                        lockTotal = lockTotal.plus(event.getDuration());
                        String monitor = event.getClass("monitorClass") == null ? "?"
                                : event.getClass("monitorClass").getName();
                        String where = event.getStackTrace() == null || event.getStackTrace().getFrames().isEmpty()
                                ? "?" : name(event.getStackTrace().getFrames().get(0).getMethod());
                        locks.merge(monitor + " in " + where, event.getDuration().toMillis(), Long::sum);
                    }
                    case "jdk.ThreadCPULoad" -> {
                        String thread = event.getThread("eventThread") == null ? "?"
                                : event.getThread("eventThread").getJavaName();
                        threadLoad.merge(threadGroup(thread), (double) event.getFloat("user")
                                + event.getFloat("system"), Double::sum);
                        threadPeriods.merge(thread, 1, Integer::sum);
                    }
                    case "jdk.CPULoad" -> {
                        cpuSum += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                        cpuCount++;
                    }
                    default -> { }
                }
            }
        }
        double seconds = first == null ? 0 : Duration.between(first, last).toMillis() / 1000.0;
        int cores = Runtime.getRuntime().availableProcessors();
        long lockMillis = locks.values().stream().mapToLong(Long::longValue).sum();
        int periods = threadPeriods.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Share> threadCores = threadLoad.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(12)
                .map(e -> new Share(e.getKey(), 0, e.getValue() / periods * cores)).collect(Collectors.toList());
        return new Summary(service, samples, seconds, top(self, samples, 12), top(inclusive, samples, 14),
                top(methods, samples, 15), top(application, samples, 12), nativeSamples,
                top(nativeCallers, nativeSamples, 8), gcCount, gcTotal, gcMax,
                top(locks, Math.max(1, lockMillis), 6), lockTotal, cpuCount == 0 ? 0 : cpuSum / cpuCount * cores,
                threadCores);
    }

    /** Threads of a pool under one name: {@code http-nio-8082-exec-17} and {@code command-3} lose their numbers. */
    static String threadGroup(String thread) {
        return thread.replaceAll("http-nio-\\d+-", "http-nio-").replaceAll("[-# ]?\\d+$", "")
                .replaceAll("-\\d+-", "-N-");
    }

    /** The first frame below the native one that is not the JDK's own plumbing: who was waiting. */
    private static String nativeCaller(List<RecordedFrame> frames) {
        String nativeMethod = name(frames.get(0).getMethod());
        for (RecordedFrame frame : frames) {
            String cls = className(frame.getMethod());
            if (!cls.startsWith("java.") && !cls.startsWith("sun.") && !cls.startsWith("jdk.")) {
                return nativeMethod + " <- " + name(frame.getMethod());
            }
        }
        return nativeMethod;
    }

    private static List<Share> top(Map<String, Long> counts, long total, int limit) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(e -> new Share(e.getKey(), e.getValue(), total == 0 ? 0 : 100.0 * e.getValue() / total))
                .collect(Collectors.toList());
    }

    private static String library(RecordedMethod method) {
        String cls = className(method);
        for (String[] library : LIBRARIES) {
            if (cls.startsWith(library[0])) {
                return library[1];
            }
        }
        return "other: " + (cls.contains(".") ? cls.substring(0, cls.lastIndexOf('.')) : cls);
    }

    private static String className(RecordedMethod method) {
        return method == null || method.getType() == null ? "?" : method.getType().getName();
    }

    private static String name(RecordedMethod method) {
        if (method == null) {
            return "?";
        }
        String cls = className(method);
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + method.getName();
    }

    /** Keeps the table of a summary short: the shares above {@code minimum} percent. */
    public static List<Share> above(List<Share> shares, double minimum) {
        List<Share> kept = new ArrayList<>();
        for (Share share : shares) {
            if (share.percent() >= minimum) {
                kept.add(share);
            }
        }
        return kept;
    }
}
