package cn.workerspalace.benchmark.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Records a running service with JDK Flight Recorder, started and stopped from outside with {@code jcmd} (the
 * stack gives every service the same JVM options, and a recording for the crowd phase only is what we want).
 * The services run with {@code -XX:+DebugNonSafepoints} so that samples land on the right line.
 */
public final class FlightRecorder {

    private static final String NAME = "benchmark";

    private final Consumer<String> log;
    private final List<Running> running = new ArrayList<>();

    private record Running(String service, long pid, Path file) {
    }

    public FlightRecorder(Consumer<String> log) {
        this.log = log;
    }

    /** Starts a recording of the process, or says why not. */
    public void start(String service, long pid, Path file) {
        Optional<String> jcmd = jcmd();
        if (jcmd.isEmpty()) {
            log.accept("profile: no jcmd in this Java installation; " + service + " is not recorded");
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.accept("profile: cannot write " + file + ": " + e.getMessage());
            return;
        }
        String out = run(jcmd.get(), Long.toString(pid), "JFR.start", "name=" + NAME, "settings=profile",
                "filename=" + file);
        if (out.contains("Started recording")) {
            running.add(new Running(service, pid, file));
        } else {
            log.accept("profile: cannot record " + service + ": " + out.trim());
        }
    }

    /** Stops every recording and answers the files written, by service. */
    public List<Recorded> stopAll() {
        List<Recorded> files = new ArrayList<>();
        for (Running recording : running) {
            run(jcmd().orElseThrow(), Long.toString(recording.pid()), "JFR.stop", "name=" + NAME);
            if (Files.isRegularFile(recording.file())) {
                files.add(new Recorded(recording.service(), recording.file()));
            } else {
                log.accept("profile: " + recording.service() + " wrote no recording");
            }
        }
        running.clear();
        return files;
    }

    public record Recorded(String service, Path file) {
    }

    /** Writes a thread dump of the process ({@code jcmd <pid> Thread.print}) to {@code file}, for a stuck run. */
    public static void threadDump(long pid, Path file) {
        jcmd().ifPresent(jcmd -> {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, run(jcmd, Long.toString(pid), "Thread.print", "-l"));
            } catch (IOException ignored) {
                // a diagnostic only
            }
        });
    }

    private static Optional<String> jcmd() {
        Path own = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (Files.isExecutable(own)) {
            return Optional.of(own.toString());
        }
        return Optional.empty();
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            process.waitFor(60, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }
}
