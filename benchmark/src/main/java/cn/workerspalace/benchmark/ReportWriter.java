package cn.workerspalace.benchmark;

import cn.workerspalace.benchmark.check.Exactness;
import cn.workerspalace.benchmark.load.BacklogSampler;
import cn.workerspalace.benchmark.load.CommandType;
import cn.workerspalace.benchmark.load.LagProbe;
import cn.workerspalace.benchmark.load.PhaseStats;
import cn.workerspalace.benchmark.postgres.RawPostgres;
import cn.workerspalace.benchmark.province.ProvinceLoader;
import cn.workerspalace.benchmark.rebuild.RebuildBenchmark;
import cn.workerspalace.benchmark.store.AppendBenchmark;
import cn.workerspalace.benchmark.system.CpuMeter;
import cn.workerspalace.benchmark.system.ProfileSummary;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** The run's results as Markdown: the figures first, then how they were made and where the time went. */
final class ReportWriter {

    private final Results r;
    private final StringBuilder md = new StringBuilder();

    ReportWriter(Results results) {
        this.r = results;
    }

    String write() {
        line("# Benchmark report: sign-up flash crowd (issue 7)");
        line();
        line("Run started " + r.startedAt + ", took " + minutes(r.totalSeconds) + ". Command: `" + r.command + "`.");
        line();
        if (r.aborted != null) {
            line("**The run stopped early: " + r.aborted + ".** The figures below are those measured before.");
            line();
        }
        targets();
        machine();
        load();
        raw();
        crowd();
        errors();
        exactness();
        append();
        rebuild();
        cpu();
        profiles();
        phases();
        if (!r.notes.isEmpty()) {
            line("## Notes");
            line();
            r.notes.forEach(note -> line("- " + note));
            line();
        }
        return md.toString();
    }

    private void targets() {
        line("## Targets (issue 7) against this run");
        line();
        line("| target | measured | |");
        line("| --- | --- | --- |");
        PhaseStats sat = r.saturation;
        double rawLimit = r.rawLimit();
        if (sat != null) {
            double rate = sat.acceptedRate();
            row("sustained accepted commands/s >= 1,500 (saturation, " + Math.round(sat.seconds()) + " s)",
                    String.format("%,.0f/s", rate), rate >= 1500);
            if (rawLimit > 0) {
                row("ratio to PostgreSQL's single-row commit rate >= 0.20", String.format("%.2f (%,.0f / %,.0f tx/s)",
                        rate / rawLimit, rate, rawLimit), rate / rawLimit >= 0.20);
            }
        }
        if (r.paced != null) {
            double p99 = r.paced.latencyAll().getValueAtPercentile(99) / 1000.0;
            boolean atTarget = r.paced.targetRate() >= 1500;
            row("latency p99 <= 100 ms at that rate (paced phase)", String.format("%.0f ms at %,.0f/s%s", p99,
                    r.paced.targetRate(), atTarget ? "" : ", below the 1,500/s the target is for"),
                    p99 <= 100 && atTarget);
        }
        if (r.pacedLag != null && r.pacedLag.seen() > 0) {
            double lag = r.pacedLag.micros().getValueAtPercentile(99) / 1000.0;
            row("end-to-end lag p99 <= 1 s (paced)", String.format("%.0f ms", lag), lag <= 1000);
        }
        if (r.saturationLag != null && r.saturationLag.seen() > 0) {
            double lag = r.saturationLag.micros().getValueAtPercentile(99) / 1000.0;
            row("end-to-end lag p99 <= 1 s (saturation)", String.format("%.0f ms", lag), lag <= 1000);
        }
        if (r.rebuild != null) {
            row("rebuild >= 50,000 events/s", String.format("%,.0f events/s", r.rebuild.applyRate()),
                    r.rebuild.complete() && r.rebuild.applyRate() >= 50_000);
        }
        if (r.append.size() == 2) {
            double ratio = r.append.get(1).stats().acceptedRate() / r.append.get(0).stats().acceptedRate();
            row(String.format("append with %,d events stored >= 90%% of the empty store's", r.append.get(1)
                    .storedBefore()), String.format("%.0f%%", ratio * 100), ratio >= 0.9);
        }
        long errors = (sat == null ? 0 : sat.errorsTotal()) + (r.paced == null ? 0 : r.paced.errorsTotal());
        row("errors besides the expected 409s = 0 (crowd phases)", String.valueOf(errors), errors == 0);
        if (r.exactness != null) {
            row("final figures exact (no overbooking, sums match)", r.exactness.allOk() ? "yes" : "NO",
                    r.exactness.allOk());
        }
        line();
    }

    private void machine() {
        line("## Machine");
        line();
        line("| | |");
        line("| --- | --- |");
        r.machine.forEach((k, v) -> line("| " + k + " | " + v + " |"));
        line("| PostgreSQL | " + r.postgres.getOrDefault("version", "?") + " |");
        line("| PostgreSQL settings | " + String.join(", ", r.postgres.entrySet().stream()
                .filter(e -> !e.getKey().equals("version")).map(e -> e.getKey() + "=" + e.getValue()).toList()) + " |");
        line("| databases | " + r.database + ", fresh databases dropped at the end |");
        line("| load average (1 min) before / after | " + r.loadAverageBefore + " / " + r.loadAverageAfter + " |");
        line("| service JVMs | " + String.join(" ", r.options.serviceJvm()) + " |");
        line();
        line("Everything runs on this machine: the three services (child JVMs), the Kafka broker (KRaft, inside the "
                + "benchmark's JVM, as local-stack runs it), PostgreSQL and the benchmark's own HTTP clients. The "
                + "CPU table below shows what else was running.");
        line();
        r.options.describe().forEach(l -> line("- " + l));
        line();
    }

    private void load() {
        line("## Loading the province through the REST API");
        line();
        line(String.format("%d palaces, %d classes (+%d probe classes), %d workers, loaded by %d client threads in %s.",
                r.palaces, r.classes, 20, r.workers, r.options.loadThreads(), minutes(r.loadSeconds)));
        line();
        line("| step | created | seconds | per second |");
        line("| --- | ---: | ---: | ---: |");
        for (ProvinceLoader.Step step : r.loadSteps) {
            line(String.format("| %s | %,d | %.1f | %,.0f |", step.name(), step.created(), step.seconds(),
                    step.rate()));
        }
        line();
    }

    private void raw() {
        line("## PostgreSQL's own limit, same server, same run");
        line();
        line("| test | clients | result |");
        line("| --- | ---: | ---: |");
        for (RawPostgres.CommitRate rate : r.commitRates) {
            line(String.format("| single-row INSERT + COMMIT, %.0f s loop | %d | %,.0f tx/s |", rate.seconds(),
                    rate.clients(), rate.perSecond()));
        }
        if (r.batchRate != null) {
            line(String.format("| batched INSERT, 500 rows per transaction, %,d rows | %d | %,.0f rows/s |",
                    r.batchRate.rows(), r.batchRate.threads(), r.batchRate.perSecond()));
        }
        line();
        line("The HTTP crowd's clients do not map one-to-one to database connections: enrollment-service funnels "
                + "every command through its command-handling pool (16 threads) and Hikari pool (24 connections), so "
                + "the raw test uses 8 (the issue's reference) and 24 connections, and the higher rate is the "
                + "denominator of the ratio. (max_connections is " + r.postgres.getOrDefault("max_connections", "?")
                + " and shared with other users of the server, so 200 raw connections are not possible.)");
        line();
    }

    private void crowd() {
        line("## Flash crowd");
        line();
        line(String.format("%d concurrent clients (a fixed pool of platform threads, java.net.http.HttpClient over "
                        + "HTTP/1.1). %d%% of sign-ups go to the %d popular classes (30 seats each), the rest to any "
                        + "of the %d ordinary classes, by a random worker of %,d. Warm-up of %d s (sign-ups only) "
                        + "before: %,.0f accepted/s.", r.options.clients(), 20, r.options.popularClasses(),
                r.classes - r.options.popularClasses(), r.workers, r.options.warmUp().toSeconds(),
                r.warmUp == null ? 0 : r.warmUp.acceptedRate()));
        line();
        if (r.saturation != null) {
            phase(r.saturation, "closed loop: every client sends its next command as soon as it has an answer; "
                    + r.mixSaturation, r.saturationLag, r.saturationBacklog);
        }
        if (r.paced != null) {
            phase(r.paced, String.format("commands due at %,.0f/s (%s), sent by the same clients when due; latency "
                            + "counts from when a command was due; %s", r.paced.targetRate(), r.pacedRateReason,
                    r.mixPaced), r.pacedLag, r.pacedBacklog);
        }
    }

    private void phase(PhaseStats stats, String how, LagProbe.Lag lag, BacklogSampler.Backlog backlog) {
        line("### " + stats.name + String.format(": %,.0f accepted commands/s over %.0f s", stats.acceptedRate(),
                stats.seconds()));
        line();
        line(how + ".");
        line();
        line("| command | answered | accepted | expected 409 | errors | p50 ms | p95 ms | p99 ms | max ms |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (CommandType type : CommandType.values()) {
            Histogram h = stats.latency(type);
            if (h.getTotalCount() == 0) {
                continue;
            }
            line(String.format("| %s | %,d | %,d | %,d | %,d | %s | %s | %s | %s |", type.endpoint,
                    stats.answered(type), stats.accepted(type), stats.refused(type), stats.errors(type),
                    ms(h, 50), ms(h, 95), ms(h, 99), ms(h.getMaxValue())));
        }
        Histogram all = stats.latencyAll();
        line(String.format("| all | %,d | %,d | | %,d | %s | %s | %s | %s |", stats.answeredTotal(),
                stats.acceptedTotal(), stats.errorsTotal(), ms(all, 50), ms(all, 95), ms(all, 99),
                ms(all.getMaxValue())));
        line();
        long[] perSecond = stats.perSecond();
        if (perSecond.length > 0) {
            long[] sorted = perSecond.clone();
            Arrays.sort(sorted);
            line(String.format("Accepted per second: min %,d, median %,d, max %,d over %d whole seconds.",
                    sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1], sorted.length));
            line();
        }
        if (lag != null) {
            if (lag.seen() > 0) {
                Histogram h = lag.micros();
                line(String.format("End-to-end lag (answer of a sign-up -> the projection's figure shows it; %,d "
                                + "probes, read every %d ms): p50 %s ms, p99 %s ms, max %s ms%s.", lag.seen(),
                        LagProbe.POLL.toMillis(), ms(h, 50), ms(h, 99), ms(h.getMaxValue()),
                        lag.unresolved() > 0 ? "; " + lag.unresolved() + " probes not shown within 30 s" : ""));
            } else {
                line("End-to-end lag: no probe was seen in the projection (" + lag.probes() + " sent, "
                        + lag.errors() + " failed).");
            }
            line();
        }
        if (backlog != null && backlog.samples() > 0) {
            line(String.format("Where the lag builds up (sampled every second): the relay's backlog in enrollment-service "
                            + "(stored, not yet acknowledged by Kafka) mean %,.0f, max %,.0f events; the projection's "
                            + "consumer lag mean %,.0f, max %,.0f records.", backlog.relayMean(), backlog.relayMax(),
                    backlog.consumerMean(), backlog.consumerMax()));
            line();
        }
    }

    private void errors() {
        line("## Answers by kind");
        line();
        line("| phase | command and answer | count |");
        line("| --- | --- | ---: |");
        for (PhaseStats stats : Arrays.asList(r.warmUp, r.saturation, r.paced, r.profiled)) {
            if (stats == null) {
                continue;
            }
            stats.kinds().forEach((kind, count) -> line("| " + stats.name + " | " + kind + " | "
                    + String.format("%,d", count) + " |"));
        }
        line();
    }

    private void exactness() {
        line("## Exactness at the end");
        line();
        if (r.exactness == null) {
            line("not checked");
            line();
            return;
        }
        line(String.format("The projection matched the rosters %.1f s after the crowd stopped.",
                r.exactness.catchUpSeconds()));
        line();
        line("| check | expected | actual | |");
        line("| --- | --- | --- | --- |");
        for (Exactness.Check check : r.exactness.checks()) {
            line("| " + check.name() + " | " + check.expected() + " | " + check.actual() + " | "
                    + (check.ok() ? "ok" : "**FAIL**") + " |");
        }
        line();
    }

    private void append() {
        line("## Append throughput: empty store vs. a full one");
        line();
        if (r.append.isEmpty()) {
            line(r.appendSkipped == null ? "not measured" : r.appendSkipped);
            line();
            return;
        }
        line("A further enrollment-service instance with a database of its own (own rosters, "
                + r.options.appendWorkers() + " workers), sign-ups only, closed loop from " + r.options.clients()
                + " clients for " + r.options.appendDuration().toSeconds() + " s after a short warm-up.");
        line();
        line("| store | events before | store size after | accepted/s | p50 ms | p99 ms | max ms | errors |");
        line("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        for (AppendBenchmark.Case c : r.append) {
            Histogram h = c.stats().latency(CommandType.SIGN_UP);
            line(String.format("| %s | %,d | %s | %,.0f | %s | %s | %s | %,d |", c.label(), c.storedBefore(),
                    c.storeSize(), c.stats().acceptedRate(), ms(h, 50), ms(h, 99), ms(h.getMaxValue()),
                    c.stats().errorsTotal()));
        }
        line();
        r.append.stream().filter(c -> !c.prefillSteps().isEmpty()).forEach(c -> {
            line("Filling the store: " + String.join(", ", c.prefillSteps().entrySet().stream()
                    .map(e -> String.format("%s %.0f s", e.getKey(), e.getValue())).toList()) + ".");
            line();
        });
    }

    private void rebuild() {
        line("## Projection rebuild");
        line();
        RebuildBenchmark.Result rb = r.rebuild;
        if (rb == null) {
            line(r.rebuildSkipped == null ? "not measured" : r.rebuildSkipped);
            line();
            return;
        }
        line(String.format("A fresh projection-service instance (empty database, new consumer group) read both "
                + "topics from offset 0: %,d events, of which %,d synthetic history of the previous year written "
                + "straight to the topics in %.0f s (the write services were stopped first).", rb.eventsInTopics(),
                rb.synthetic(), rb.produceSeconds()));
        line();
        line("| | |");
        line("| --- | ---: |");
        line(String.format("| events applied | %,d%s |", rb.applied(), rb.complete() ? "" : " (TIMED OUT)"));
        line(String.format("| duplicates skipped / undecodable skipped | %,d / %,d |", rb.duplicates(),
                rb.skipped()));
        line(String.format("| instance start-up (until UP) | %.1f s |", rb.startupSeconds()));
        line(String.format("| applying (first to last batch committed) | %.1f s = **%,.0f events/s** |",
                rb.applySeconds(), rb.applyRate()));
        line(String.format("| from the instance's start to the last event | %.1f s = %,.0f events/s |",
                rb.wallSeconds(), rb.wallRate()));
        if (r.batchRate != null) {
            line(String.format("| PostgreSQL batched insert, same machine | %,.0f rows/s |",
                    r.batchRate.perSecond()));
            line(String.format("| rebuild / batched insert | %.2f |", rb.applyRate() / r.batchRate.perSecond()));
        }
        line();
    }

    private void cpu() {
        line("## Where the CPU went, by phase");
        line();
        line("Average cores busy (2.0 = both cores all the time), from /proc, read every second; \"others\" is the "
                + "whole machine less this run's processes (other people's builds and tests on the same cores); "
                + "\"runnable\" is the mean number of threads running or waiting for a core on the whole machine "
                + "(more than 2 means threads queue for the CPU).");
        line();
        List<String> groups = r.cpu.values().stream().findFirst().map(u -> List.copyOf(u.cores().keySet()))
                .orElse(List.of());
        StringBuilder header = new StringBuilder("| phase | seconds |");
        StringBuilder rule = new StringBuilder("| --- | ---: |");
        for (String group : groups) {
            header.append(' ').append(group).append(" |");
            rule.append(" ---: |");
        }
        header.append(" others | runnable |");
        rule.append(" ---: | ---: |");
        line(header.toString());
        line(rule.toString());
        for (Map.Entry<String, CpuMeter.Usage> phase : r.cpu.entrySet()) {
            StringBuilder row = new StringBuilder(String.format("| %s | %.0f |", phase.getKey(),
                    phase.getValue().seconds()));
            Map<String, Double> cores = phase.getValue().cores();
            for (String group : groups) {
                row.append(String.format(" %.2f |", cores.getOrDefault(group, 0.0)));
            }
            double ours = cores.entrySet().stream().filter(e -> !e.getKey().startsWith("PostgreSQL, all")
                    && !e.getKey().equals(CpuMeter.MACHINE)).mapToDouble(Map.Entry::getValue).sum();
            row.append(String.format(" %.2f | %.1f |", Math.max(0, cores.getOrDefault(CpuMeter.MACHINE, 0.0) - ours),
                    phase.getValue().runnable()));
            line(row.toString());
        }
        line();
    }

    private void profiles() {
        line("## Profiles (JDK Flight Recorder)");
        line();
        if (r.profiles.isEmpty()) {
            line("No recording (--no-profile, or jcmd missing).");
            line();
            return;
        }
        if (r.profiled != null) {
            line(String.format("The services were recorded in a further closed loop of %.0f s after the measured "
                            + "phases (flash-crowd mix, %d clients), never during them: the recorder (settings=profile) "
                            + "costs throughput. Under it: %,.0f accepted commands/s (p50 %s ms, p99 %s ms), against "
                            + "%,.0f/s unrecorded in the saturation phase.", r.profiled.seconds(), r.options.clients(),
                    r.profiled.acceptedRate(), ms(r.profiled.latencyAll(), 50),
                    ms(r.profiled.latencyAll(), 99), r.saturation == null ? 0 : r.saturation.acceptedRate()));
            line();
        }
        line("Recordings: " + String.join(", ", r.profileFiles) + " (open them in JDK Mission Control, or "
                + "`jfr print --events jdk.ExecutionSample <file>`). CPU samples are grouped by the library of the "
                + "frame on top of the stack (self) and by every library on the stack (inclusive).");
        line();
        for (ProfileSummary.Summary p : r.profiles) {
            line(String.format("### %s: %,d CPU samples in %.0f s, JVM CPU %.2f cores", p.service(), p.cpuSamples(),
                    p.seconds(), p.jvmCpuCores()));
            line();
            line("| CPU by thread (jdk.ThreadCPULoad; pools under one name) | cores |");
            line("| --- | ---: |");
            p.threadCores().forEach(t -> line(String.format("| %s | %.3f |", t.name(), t.percent())));
            line();
            shares("self time by library", p.selfByLibrary());
            shares("inclusive time by library (on the stack)", p.inclusiveByLibrary());
            shares("hottest methods (self)", p.hotMethods());
            shares("innermost application frame on the stack", p.applicationFrames());
            shares(String.format("native samples (%,d; threads waiting in native code: socket reads, polls)",
                    p.nativeSamples()), p.nativeCallers());
            line(String.format("GC: %d pauses, %d ms in total, longest %d ms. Contended monitors: %d ms waited in "
                            + "total%s.", p.gcPauses(), p.gcPauseTotal().toMillis(), p.gcPauseMax().toMillis(),
                    p.lockWaitTotal().toMillis(), p.contendedLocks().isEmpty() ? "" : "; most on "
                            + p.contendedLocks().get(0).name()));
            line();
        }
    }

    private void shares(String title, List<ProfileSummary.Share> shares) {
        line("| " + title + " | samples | % |");
        line("| --- | ---: | ---: |");
        for (ProfileSummary.Share share : shares) {
            line(String.format("| %s | %,d | %.1f |", share.name().replace("|", "\\|"), share.samples(),
                    share.percent()));
        }
        line();
    }

    private void phases() {
        line("## Phases");
        line();
        line("| phase | time |");
        line("| --- | ---: |");
        r.phaseSeconds.forEach((name, seconds) -> line("| " + name + " | " + minutes(seconds) + " |"));
        line("| total | " + minutes(r.totalSeconds) + " |");
        line();
    }

    private void row(String target, String measured, boolean met) {
        line("| " + target + " | " + measured + " | " + (met ? "met" : "**not met**") + " |");
    }

    private static String ms(Histogram histogram, double percentile) {
        return ms(histogram.getValueAtPercentile(percentile));
    }

    private static String ms(long micros) {
        double millis = micros / 1000.0;
        return millis < 10 ? String.format("%.1f", millis) : String.format("%,.0f", millis);
    }

    private static String minutes(double seconds) {
        return seconds < 90 ? String.format("%.0f s", seconds)
                : String.format("%d min %02d s", (long) seconds / 60, (long) seconds % 60);
    }

    private void line(String text) {
        md.append(text).append('\n');
    }

    private void line() {
        md.append('\n');
    }
}
