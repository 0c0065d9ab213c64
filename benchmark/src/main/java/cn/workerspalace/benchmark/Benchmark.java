package cn.workerspalace.benchmark;

import cn.workerspalace.benchmark.check.Exactness;
import cn.workerspalace.benchmark.load.Api;
import cn.workerspalace.benchmark.load.BacklogSampler;
import cn.workerspalace.benchmark.load.Crowd;
import cn.workerspalace.benchmark.load.CrowdDriver;
import cn.workerspalace.benchmark.load.LagProbe;
import cn.workerspalace.benchmark.load.Mix;
import cn.workerspalace.benchmark.load.WorkerTokens;
import cn.workerspalace.benchmark.postgres.RawPostgres;
import cn.workerspalace.benchmark.postgres.Server;
import cn.workerspalace.benchmark.province.Province;
import cn.workerspalace.benchmark.province.ProvinceLoader;
import cn.workerspalace.benchmark.rebuild.RebuildBenchmark;
import cn.workerspalace.benchmark.store.AppendBenchmark;
import cn.workerspalace.benchmark.system.CpuMeter;
import cn.workerspalace.benchmark.system.FlightRecorder;
import cn.workerspalace.benchmark.system.Machine;
import cn.workerspalace.benchmark.system.ProfileSummary;
import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The run, phase by phase: start the stack, load the province, measure PostgreSQL's own limits, the flash crowd
 * (saturated, then paced) with the end-to-end lag and a flight recording, check the figures, measure appends on an
 * empty and a full event store, rebuild the projection, and stop everything.
 */
final class Benchmark {

    private static final Duration LAG_PATIENCE = Duration.ofSeconds(30);

    private final Options options;
    private final Consumer<String> log;
    private final Results results = new Results();
    private final Server server;
    private final Set<String> ourDatabases = ConcurrentHashMap.newKeySet();
    private CpuMeter meter;

    Benchmark(Options options, String command, Consumer<String> log) {
        this.options = options;
        this.log = log;
        this.server = new Server(options.postgres());
        results.options = options;
        results.command = command;
    }

    Results run() throws Exception {
        long runStarted = System.nanoTime();
        results.startedAt = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        results.machine = Machine.describe();
        results.postgres = server.settings();
        results.loadAverageBefore = CpuMeter.loadAverage();
        options.describe().forEach(line -> log.accept("options: " + line));
        String scratch = "palace_bench_" + Long.toString(System.currentTimeMillis(), 36);
        server.create(scratch);
        ourDatabases.add(scratch);
        // the stack drops its own databases when the JVM is stopped (Ctrl+C); the scratch database and those of the
        // further instances go too
        Thread dropScratch = new Thread(() -> ourDatabases.forEach(this::dropQuietly), "drop-benchmark-databases");
        Runtime.getRuntime().addShutdownHook(dropScratch);
        try (Stack stack = startStack()) {
            try {
                measure(stack, scratch);
            } catch (Exception e) {
                threadDumps();
                throw e;
            }
        } catch (Exception e) {
            results.aborted = e.toString();
            log.accept("the run stopped early: " + e);
        } finally {
            if (meter != null) {
                meter.close();
            }
            server.drop(scratch);
            Runtime.getRuntime().removeShutdownHook(dropScratch);
        }
        results.totalSeconds = (System.nanoTime() - runStarted) / 1e9;
        return results;
    }

    private void measure(Stack stack, String scratch) throws Exception {
        results.database = stack.databaseDescription();
        for (Service service : Service.values()) {
            ourDatabases.add(Server.databaseOf(stack.jdbcUrl(service)));
        }
        meter = meter();
        trackInstanceDatabases(stack);
        URI course = stack.url(Service.COURSE);
        URI enrollment = stack.url(Service.ENROLLMENT);
        URI projection = stack.url(Service.PROJECTION);
        Api api = new Api(Math.max(options.clients(), options.loadThreads()) + 20, Duration.ofSeconds(60),
                stack.devIssuer().token("OPS_CENTER", null, null, Duration.ofHours(24)));

        Province province = phase("load the province", () -> loadProvince(api, course, enrollment));
        phase("raw PostgreSQL", () -> rawPostgres(server.urlOf(scratch)));
        WorkerTokens tokens = phase("sign worker tokens", () -> {
            long started = System.nanoTime();
            WorkerTokens signed = WorkerTokens.sign(stack.devIssuer(), province.workers());
            log.accept(String.format("tokens: %d WORKER tokens signed in %.1f s", province.workers(),
                    (System.nanoTime() - started) / 1e9));
            return signed;
        });
        Crowd crowd = new Crowd(api, enrollment, province, tokens);
        phase("flash crowd", () -> crowd(api, crowd, province, enrollment, projection));
        phase("exactness", () -> {
            results.exactness = new Exactness(api, enrollment, projection, log)
                    .check(province, crowd, Duration.ofSeconds(180));
            results.exactness.checks().forEach(c -> log.accept("exactness: " + (c.ok() ? "ok   " : "FAIL ")
                    + c.name() + ": expected " + c.expected() + ", got " + c.actual()));
            return null;
        });
        if (options.skipAppend()) {
            results.appendSkipped = "skipped (--skip-append)";
        } else {
            AppendBenchmark append = new AppendBenchmark(stack, server, api, province, options.appendWorkers(),
                    options.clients(), options.loadThreads(), log);
            Duration warmUp = Duration.ofSeconds(Math.max(3, options.warmUp().toSeconds() / 2));
            optionalPhase("append, empty store", () -> {
                results.append.add(append.measure("empty", 0, warmUp, options.appendDuration()));
                return null;
            });
            optionalPhase("append, full store", () -> {
                results.append.add(append.measure("full", options.prefillEvents(), warmUp,
                        options.appendDuration()));
                return null;
            });
        }
        if (options.skipRebuild()) {
            results.rebuildSkipped = "skipped (--skip-rebuild)";
        } else {
            optionalPhase("projection rebuild", () -> {
                results.rebuild = new RebuildBenchmark(stack, server, api, log).run(province,
                        options.rebuildEvents(), options.rebuildTimeout(),
                        options.profileRebuild() ? options.outputDirectory().resolve("jfr").resolve("rebuild.jfr") : null);
                if (results.rebuild.recording() != null) {
                    results.profileFiles.add(results.rebuild.recording().toString());
                    results.profiles.add(ProfileSummary.of("projection-service during the rebuild",
                            results.rebuild.recording()));
                }
                return null;
            });
        }
        results.loadAverageAfter = CpuMeter.loadAverage();
    }

    private void dropQuietly(String database) {
        try {
            server.drop(database);
        } catch (RuntimeException e) {
            // the JVM is going down; what cannot be dropped now stays, and is named in the log
            System.err.println("could not drop database " + database + ": " + e.getMessage());
        }
    }

    /** Thread dumps of the services before the stack stops them, to see what a stuck run was waiting for. */
    private void threadDumps() {
        Path directory = options.outputDirectory().resolve("logs");
        for (Service service : Service.values()) {
            for (long pid : CpuMeter.childrenWith(service.module() + "-0.1.0-SNAPSHOT-exec.jar")) {
                Path file = directory.resolve(service.module() + "-" + pid + "-threads.txt");
                FlightRecorder.threadDump(pid, file);
                log.accept("thread dump of " + service.module() + " written to " + file);
            }
        }
    }

    private Stack startStack() {
        long started = System.nanoTime();
        Stack stack = Stack.builder()
                .projectRoot(options.projectRoot())
                .randomPorts()
                .throwawayDatabases()
                .jvmArguments(options.serviceJvm())
                .serviceLogDirectory(options.outputDirectory().resolve("logs"))
                .startupTimeout(Duration.ofSeconds(600)) // a shared 2-core machine can take minutes
                .console(line -> log.accept(line))
                .build()
                .start();
        results.stackStartSeconds = (System.nanoTime() - started) / 1e9;
        results.phaseSeconds.put("start the stack", results.stackStartSeconds);
        return stack;
    }

    private CpuMeter meter() {
        return new CpuMeter()
                .group("enrollment-service", () -> CpuMeter.childrenWith("enrollment-service-0.1.0-SNAPSHOT-exec.jar"))
                .group("projection-service", () -> CpuMeter.childrenWith("projection-service-0.1.0-SNAPSHOT-exec.jar"))
                .group("course-service", () -> CpuMeter.childrenWith("course-service-0.1.0-SNAPSHOT-exec.jar"))
                .group("benchmark JVM (clients + Kafka broker)", () -> List.of(ProcessHandle.current().pid()))
                .group("PostgreSQL sessions of this run", this::ourBackends)
                .group("PostgreSQL, all processes (other users' too)", () -> CpuMeter.processesNamed("postgres"))
                .start();
    }

    private List<Long> ourBackends() {
        List<Long> pids = new ArrayList<>();
        try (Connection connection = server.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT pid, datname FROM pg_stat_activity WHERE datname IS NOT NULL")) {
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    String database = r.getString(2);
                    if (ourDatabases.contains(database)) {
                        pids.add(r.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            return List.of();
        }
        return pids;
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private <T> T phase(String name, Step<T> step) throws Exception {
        log.accept("=== " + name);
        CpuMeter.Sample before = meter.sample();
        long started = System.nanoTime();
        try {
            return step.run();
        } finally {
            results.phaseSeconds.put(name, (System.nanoTime() - started) / 1e9);
            results.cpu.put(name, CpuMeter.between(before, meter.sample()));
        }
    }

    /** A phase whose failure is reported rather than ending the run: the figures measured so far still count. */
    private void optionalPhase(String name, Step<Void> step) {
        try {
            phase(name, step);
        } catch (Exception e) {
            log.accept(name + " FAILED: " + e);
            results.notes.add(name + " failed: " + e);
        }
    }

    private Province loadProvince(Api api, URI course, URI enrollment) {
        long started = System.nanoTime();
        ProvinceLoader loader = new ProvinceLoader(api, course, enrollment, options.loadThreads(), log);
        try {
            Province province = loader.load(options.classes(), options.popularClasses(), options.workers());
            results.palaces = province.palaces().size();
            results.classes = province.classes().size();
            results.workers = province.workers();
            return province;
        } finally {
            results.loadSteps = loader.steps();
            results.loadSeconds = (System.nanoTime() - started) / 1e9;
        }
    }

    private Void rawPostgres(String url) {
        RawPostgres raw = new RawPostgres(url);
        for (int clients : options.rawClients()) {
            RawPostgres.CommitRate rate = raw.commitRate(clients, options.rawDuration());
            results.commitRates.add(rate);
            log.accept(String.format("raw PostgreSQL: %d clients, single-row insert+commit: %.0f tx/s", clients,
                    rate.perSecond()));
        }
        results.batchRate = raw.batchedInsertRate(options.batchedRows(), 2);
        log.accept(String.format("raw PostgreSQL: batched insert (%d rows per transaction, 2 connections): "
                + "%.0f rows/s", 500, results.batchRate.perSecond()));
        return null;
    }

    private Void crowd(Api api, Crowd crowd, Province province, URI enrollment, URI projection) throws Exception {
        CrowdDriver driver = new CrowdDriver(crowd);
        log.accept("crowd: warm-up, " + options.warmUp().toSeconds() + " s of sign-ups from " + options.clients()
                + " clients");
        results.warmUp = driver.closedLoop("warm-up", options.clients(), options.warmUp(), Mix.SIGN_UPS);
        log.accept(String.format("crowd: warm-up %.0f accepted/s", results.warmUp.acceptedRate()));

        double probesPerSecond = Math.max(2, options.targetRate() / 100.0);
        try (LagProbe probe = new LagProbe(api, enrollment, projection, province, crowd);
             BacklogSampler backlog = new BacklogSampler(enrollment, projection)) {
            results.mixSaturation = Mix.FLASH_CROWD.describe();
            log.accept("crowd: saturation, " + options.saturation().toSeconds() + " s closed loop from "
                    + options.clients() + " clients: " + results.mixSaturation);
            probe.start(probesPerSecond);
            backlog.start();
            results.saturation = driver.closedLoop("saturation", options.clients(), options.saturation(),
                    Mix.FLASH_CROWD);
            results.saturationBacklog = backlog.stop();
            results.saturationLag = probe.stop(LAG_PATIENCE);
            log.accept(String.format("crowd: saturation %.0f accepted commands/s, %d errors; lag p99 %.0f ms",
                    results.saturation.acceptedRate(), results.saturation.errorsTotal(),
                    results.saturationLag.micros().getValueAtPercentile(99) / 1000.0));

            double saturated = results.saturation.acceptedRate();
            double rate = options.targetRate();
            if (saturated < rate * 1.05) {
                rate = Math.max(10, Math.floor(saturated * 0.8));
                results.pacedRateReason = String.format("the target %d/s is above what the system sustained "
                        + "(%.0f/s saturated), so the paced phase ran at 80%% of that", options.targetRate(),
                        saturated);
            } else {
                results.pacedRateReason = "the target rate";
            }
            results.mixPaced = Mix.MIXED.describe();
            log.accept(String.format("crowd: paced, %d s at %.0f commands/s (%s): %s", options.paced().toSeconds(),
                    rate, results.pacedRateReason, results.mixPaced));
            probe.start(probesPerSecond);
            backlog.start();
            results.paced = driver.paced("paced", options.clients(), options.paced(), rate, Mix.MIXED);
            results.pacedBacklog = backlog.stop();
            results.pacedLag = probe.stop(LAG_PATIENCE);
            log.accept(String.format("crowd: paced %.0f accepted commands/s, p99 %.0f ms, %d errors; lag p99 %.0f ms",
                    results.paced.acceptedRate(), results.paced.latencyAll().getValueAtPercentile(99) / 1000.0,
                    results.paced.errorsTotal(), results.pacedLag.micros().getValueAtPercentile(99) / 1000.0));
        }
        if (options.profile()) {
            profiled(driver);
        }
        return null;
    }

    /**
     * A further closed loop under JDK Flight Recorder, after the measured phases: a recording with the profile
     * settings cost these services most of their throughput in an earlier run (47 accepted/s recorded against
     * 174/s unrecorded), so no measured phase is recorded.
     */
    private void profiled(CrowdDriver driver) throws Exception {
        FlightRecorder recorder = new FlightRecorder(log);
        Path jfr = options.outputDirectory().resolve("jfr");
        for (String module : List.of("enrollment-service", "projection-service")) {
            CpuMeter.childrenWith(module + "-0.1.0-SNAPSHOT-exec.jar").stream().findFirst()
                    .ifPresent(pid -> recorder.start(module, pid, jfr.resolve(module + ".jfr")));
        }
        log.accept("crowd: recorded, " + options.profiled().toSeconds() + " s closed loop under the flight recorder "
                + "(not a measured phase)");
        try {
            results.profiled = driver.closedLoop("recorded", options.clients(), options.profiled(), Mix.FLASH_CROWD);
        } finally {
            for (FlightRecorder.Recorded recorded : recorder.stopAll()) {
                results.profileFiles.add(recorded.file().toString());
                try {
                    results.profiles.add(ProfileSummary.of(recorded.service(), recorded.file()));
                } catch (Exception e) {
                    results.notes.add("could not read the recording of " + recorded.service() + ": " + e);
                }
            }
        }
        log.accept(String.format("crowd: recorded %.0f accepted commands/s under the flight recorder",
                results.profiled.acceptedRate()));
    }


    /**
     * The further instances' databases count as this run's: the stack names them {@code <service's database>_<name>}
     * followed by the run's suffix.
     */
    private void trackInstanceDatabases(Stack stack) {
        for (Service service : List.of(Service.ENROLLMENT, Service.PROJECTION)) {
            String database = Server.databaseOf(stack.jdbcUrl(service));
            String suffix = database.substring(service.database().length());
            for (String name : List.of("empty", "full", "rebuild")) {
                ourDatabases.add(service.database() + "_" + name + suffix);
            }
        }
    }
}
