package cn.workerspalace.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What to run and how big. The defaults are issue 7's: 16 cities, every palace of the province, 2,000 classes,
 * 50,000 workers, 200 clients, 60 s of sustained load, 1,000,000 events rebuilt, 5,000,000 events stored.
 * {@code --quick} shrinks the sizes and durations for a smoke run of a few minutes.
 */
record Options(
        boolean quick,
        int classes,
        int popularClasses,
        int workers,
        int clients,
        int loadThreads,
        Duration warmUp,
        Duration saturation,
        Duration paced,
        int targetRate,
        List<Integer> rawClients,
        Duration rawDuration,
        int batchedRows,
        long rebuildEvents,
        Duration rebuildTimeout,
        long prefillEvents,
        Duration appendDuration,
        int appendWorkers,
        boolean skipAppend,
        boolean skipRebuild,
        boolean profile,
        boolean profileRebuild,
        Duration profiled,
        List<String> serviceJvm,
        String postgres,
        Path projectRoot,
        Path outputDirectory) {

    static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    static final List<String> DEFAULT_SERVICE_JVM = List.of("-Xms512m", "-Xmx768m", "-XX:+UseParallelGC",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:+DebugNonSafepoints");

    static String usage() {
        return """
                java -jar benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar [options]
                  --quick                  small sizes and short phases (a smoke run of a few minutes)
                  --classes=N              classes opened (default 2000; quick 200)
                  --workers=N              workers registered (default 50000; quick 3000)
                  --popular=N              popular classes most of the crowd wants (default 5)
                  --clients=N              concurrent HTTP clients of the flash crowd (default 200)
                  --load-threads=N         client threads that load the province (default 48)
                  --warm-up=S --saturation=S --paced=S   phase lengths in seconds (default 30, 60, 60; quick 5, 20, 20)
                  --rate=N                 commands/s of the paced phase (default 1500; lowered to 80%% of the
                                           saturated rate when the system cannot hold it)
                  --raw-clients=8,24       client counts of the raw PostgreSQL commit test
                  --raw-seconds=S          length of each raw test (default 15; quick 8)
                  --batched-rows=N         rows of the batched insert test (default 1000000; quick 200000)
                  --rebuild-events=N       events in the topics when the projection is rebuilt (default 1000000;
                                           quick 200000); synthetic history of the previous year tops them up
                  --rebuild-timeout=S      give up waiting for the rebuild after S seconds (default 600; quick 240)
                  --prefill-events=N       events stored before the second append test (default 5000000; quick 500000)
                  --append-seconds=S       length of each append test (default 30; quick 15)
                  --skip-append --skip-rebuild
                  --no-profile             no recorded phase: by default, after the measured crowd phases, a further
                                           closed-loop phase runs under JDK Flight Recorder (its rate is reported
                                           apart: the recorder slows the services; no target is judged on it)
                  --profiled=S             length of that recorded phase (default 30; quick 15)
                  --profile-rebuild        record the projection during the rebuild (its rate then counts the
                                           recorder's cost; off by default for that reason)
                  --service-jvm="-Xmx768m ..."   JVM options of the services (default %s)
                  --postgres=JDBC-URL      the server to run on (default %s); fresh databases are created and dropped
                  --project-root=DIR       the checkout whose service jars run (default: detected)
                  --out=DIR                where the report, logs and recordings go (default <root>/benchmark/target)
                """.formatted(String.join(" ", DEFAULT_SERVICE_JVM), DEFAULT_POSTGRES);
    }

    static Options parse(String[] args, Path detectedRoot) {
        boolean quick = Arrays.asList(args).contains("--quick");
        Builder b = new Builder(quick, detectedRoot);
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--quick" -> { }
                case "--classes" -> b.classes = Integer.parseInt(value);
                case "--workers" -> b.workers = Integer.parseInt(value);
                case "--popular" -> b.popular = Integer.parseInt(value);
                case "--clients" -> b.clients = Integer.parseInt(value);
                case "--load-threads" -> b.loadThreads = Integer.parseInt(value);
                case "--warm-up" -> b.warmUp = seconds(value);
                case "--saturation" -> b.saturation = seconds(value);
                case "--paced" -> b.paced = seconds(value);
                case "--rate" -> b.rate = Integer.parseInt(value);
                case "--raw-clients" -> b.rawClients = Arrays.stream(value.split(",")).map(String::trim)
                        .map(Integer::parseInt).toList();
                case "--raw-seconds" -> b.rawDuration = seconds(value);
                case "--batched-rows" -> b.batchedRows = Integer.parseInt(value);
                case "--rebuild-events" -> b.rebuildEvents = Long.parseLong(value);
                case "--rebuild-timeout" -> b.rebuildTimeout = seconds(value);
                case "--prefill-events" -> b.prefillEvents = Long.parseLong(value);
                case "--append-seconds" -> b.appendDuration = seconds(value);
                case "--skip-append" -> b.skipAppend = true;
                case "--skip-rebuild" -> b.skipRebuild = true;
                case "--no-profile" -> b.profile = false;
                case "--profiled" -> b.profiled = seconds(value);
                case "--profile-rebuild" -> b.profileRebuild = true;
                case "--service-jvm" -> b.serviceJvm = List.of(value.trim().split("\\s+"));
                case "--postgres" -> b.postgres = value;
                case "--project-root" -> b.root = Path.of(value).toAbsolutePath().normalize();
                case "--out" -> b.out = Path.of(value).toAbsolutePath().normalize();
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + usage());
            }
        }
        return b.build();
    }

    private static Duration seconds(String value) {
        return Duration.ofSeconds(Long.parseLong(value));
    }

    /** The options as a command line would repeat them, for the report. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("mode " + (quick ? "quick" : "full") + ", " + classes + " classes (" + popularClasses
                + " popular), " + workers + " workers, " + clients + " clients");
        lines.add("phases: warm-up " + warmUp.toSeconds() + " s, saturation " + saturation.toSeconds()
                + " s, paced " + paced.toSeconds() + " s at " + targetRate + "/s");
        lines.add("raw PostgreSQL: " + rawClients + " clients, " + rawDuration.toSeconds() + " s each; batched "
                + batchedRows + " rows");
        lines.add("rebuild " + rebuildEvents + " events (timeout " + rebuildTimeout.toSeconds() + " s)"
                + (skipRebuild ? " SKIPPED" : "") + "; append " + appendDuration.toSeconds() + " s with 0 and "
                + prefillEvents + " stored events" + (skipAppend ? " SKIPPED" : ""));
        lines.add("service JVM options: " + String.join(" ", serviceJvm));
        return lines;
    }

    private static final class Builder {
        final boolean quick;
        Path root;
        Path out;
        int classes;
        int workers;
        int popular = 5;
        int clients = 200;
        int loadThreads = 48;
        Duration warmUp;
        Duration saturation;
        Duration paced;
        int rate = 1500;
        List<Integer> rawClients = List.of(8, 24);
        Duration rawDuration;
        int batchedRows;
        long rebuildEvents;
        Duration rebuildTimeout;
        long prefillEvents;
        Duration appendDuration;
        int appendWorkers = 2000;
        boolean skipAppend;
        boolean skipRebuild;
        boolean profile = true;
        boolean profileRebuild;
        Duration profiled;
        List<String> serviceJvm = DEFAULT_SERVICE_JVM;
        String postgres = DEFAULT_POSTGRES;

        Builder(boolean quick, Path root) {
            this.quick = quick;
            this.root = root;
            classes = quick ? 200 : 2000;
            workers = quick ? 3000 : 50_000;
            warmUp = Duration.ofSeconds(quick ? 5 : 30);
            saturation = Duration.ofSeconds(quick ? 20 : 60);
            paced = Duration.ofSeconds(quick ? 20 : 60);
            rawDuration = Duration.ofSeconds(quick ? 8 : 15);
            batchedRows = quick ? 200_000 : 1_000_000;
            rebuildEvents = quick ? 200_000 : 1_000_000;
            rebuildTimeout = Duration.ofSeconds(quick ? 240 : 600);
            prefillEvents = quick ? 500_000 : 5_000_000;
            appendDuration = Duration.ofSeconds(quick ? 15 : 30);
            profiled = Duration.ofSeconds(quick ? 15 : 30);
        }

        Options build() {
            if (popular < 1 || popular >= classes) {
                throw new IllegalArgumentException("--popular must be between 1 and the number of classes");
            }
            Path output = out != null ? out : root.resolve("benchmark").resolve("target");
            return new Options(quick, classes, popular, workers, clients, loadThreads, warmUp, saturation, paced,
                    rate, rawClients, rawDuration, batchedRows, rebuildEvents, rebuildTimeout, prefillEvents,
                    appendDuration, Math.min(appendWorkers, workers), skipAppend, skipRebuild, profile, profileRebuild,
                    profiled, serviceJvm,
                    postgres, root, output);
        }
    }
}
