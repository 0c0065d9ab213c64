package cn.workerspalace.benchmark;

import cn.workerspalace.benchmark.check.Exactness;
import cn.workerspalace.benchmark.load.BacklogSampler;
import cn.workerspalace.benchmark.load.LagProbe;
import cn.workerspalace.benchmark.load.PhaseStats;
import cn.workerspalace.benchmark.postgres.RawPostgres;
import cn.workerspalace.benchmark.province.ProvinceLoader;
import cn.workerspalace.benchmark.rebuild.RebuildBenchmark;
import cn.workerspalace.benchmark.store.AppendBenchmark;
import cn.workerspalace.benchmark.system.CpuMeter;
import cn.workerspalace.benchmark.system.ProfileSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a run measured, filled in phase by phase, for the report. */
final class Results {

    Options options;
    String command;
    String startedAt;
    Map<String, String> machine = new LinkedHashMap<>();
    Map<String, String> postgres = new LinkedHashMap<>();
    String database;
    double loadAverageBefore;
    double loadAverageAfter;
    double stackStartSeconds;
    int palaces;
    int classes;
    int workers;
    List<ProvinceLoader.Step> loadSteps = new ArrayList<>();
    double loadSeconds;
    List<RawPostgres.CommitRate> commitRates = new ArrayList<>();
    RawPostgres.BatchRate batchRate;
    PhaseStats warmUp;
    PhaseStats saturation;
    PhaseStats paced;
    /** The closed loop run under the flight recorder, after the measured phases. */
    PhaseStats profiled;
    String pacedRateReason;
    LagProbe.Lag saturationLag;
    LagProbe.Lag pacedLag;
    BacklogSampler.Backlog saturationBacklog;
    BacklogSampler.Backlog pacedBacklog;
    String mixSaturation;
    String mixPaced;
    Exactness.Result exactness;
    List<AppendBenchmark.Case> append = new ArrayList<>();
    String appendSkipped;
    RebuildBenchmark.Result rebuild;
    String rebuildSkipped;
    Map<String, CpuMeter.Usage> cpu = new LinkedHashMap<>();
    List<ProfileSummary.Summary> profiles = new ArrayList<>();
    List<String> profileFiles = new ArrayList<>();
    Map<String, Double> phaseSeconds = new LinkedHashMap<>();
    double totalSeconds;
    List<String> notes = new ArrayList<>();
    /** Why the run stopped before its end, if it did. */
    String aborted;

    double rawLimit() {
        return commitRates.stream().mapToDouble(RawPostgres.CommitRate::perSecond).max().orElse(0);
    }
}
