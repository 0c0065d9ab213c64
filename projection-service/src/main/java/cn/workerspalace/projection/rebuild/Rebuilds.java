package cn.workerspalace.projection.rebuild;

import cn.workerspalace.contracts.Topics;
import cn.workerspalace.projection.ingest.EnvelopeDecoder;
import cn.workerspalace.projection.ingest.EventBatchApplier;
import cn.workerspalace.projection.ingest.LiveConsumption;
import cn.workerspalace.projection.rebuild.api.RebuildProgress;
import cn.workerspalace.projection.rebuild.api.RebuildRunningException;
import cn.workerspalace.projection.rebuild.api.UnknownRebuildException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Service;

/**
 * Starts rebuilds of every read model from the topics ({@link RebuildRun}), one at a time per database, and keeps
 * the progress of those started on this instance.
 */
@Service
@EnableConfigurationProperties(RebuildSettings.class)
public class Rebuilds implements DisposableBean {

    private static final List<String> TOPICS = List.of(Topics.COURSE_EVENTS, Topics.ENROLLMENT_EVENTS);

    private final ReadModelSchemas schemas;
    private final RebuildSettings settings;
    private final ConsumerFactory<?, ?> consumers;
    private final EnvelopeDecoder decoder;
    private final EventBatchApplier applier;
    private final LiveConsumption live;
    private final ApplicationEventPublisher notices;
    private final Clock clock;
    private final Map<Long, RebuildRun> runs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private RebuildRun current;

    Rebuilds(DataSource dataSource, Flyway flyway, RebuildSettings settings, ConsumerFactory<?, ?> consumers,
             EnvelopeDecoder decoder, EventBatchApplier applier, LiveConsumption live,
             ApplicationEventPublisher notices, Clock clock) {
        this.schemas = new ReadModelSchemas(dataSource, flyway, settings.writersPatience(),
                settings.readersPatience());
        this.settings = settings;
        this.consumers = consumers;
        this.decoder = decoder;
        this.applier = applier;
        this.live = live;
        this.notices = notices;
        this.clock = clock;
    }

    /** Starts a rebuild and answers its progress at once; refused while one runs against the same database. */
    public synchronized RebuildProgress start() {
        if (current != null && !current.progress().finished()) {
            throw new RebuildRunningException(current.progress().id());
        }
        Connection lock;
        long id;
        try {
            lock = schemas.lock().orElseThrow(() -> new RebuildRunningException(null));
            try {
                id = schemas.nextId(lock);
            } catch (SQLException | RuntimeException e) {
                ReadModelSchemas.unlock(lock);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start a rebuild", e);
        }
        Progress progress = new Progress(id, ReadModelSchemas.rebuildSchema(id), clock);
        RebuildRun run = new RebuildRun(progress, lock, settings, schemas,
                () -> new TopicReplay(consumers.getConfigurationProperties(), "projection-rebuild-" + id,
                        settings.batchSize(), TOPICS),
                decoder, applier, live, notices);
        runs.put(id, run);
        current = run;
        executor.execute(run);
        return progress.snapshot();
    }

    public RebuildProgress progress(long id) {
        RebuildRun run = runs.get(id);
        if (run == null) {
            throw new UnknownRebuildException(id);
        }
        return run.progress().snapshot();
    }

    /** One line saying where the rebuild stands, for logs and the console. */
    public String progressLine(long id) {
        RebuildRun run = runs.get(id);
        if (run == null) {
            throw new UnknownRebuildException(id);
        }
        return run.progress().line();
    }

    /** The rebuilds started on this instance, newest first. */
    public List<RebuildProgress> all() {
        List<RebuildProgress> all = new ArrayList<>();
        runs.values().forEach(run -> all.add(run.progress().snapshot()));
        all.sort(Comparator.comparingLong(RebuildProgress::id).reversed());
        return all;
    }

    @Override
    public void destroy() throws InterruptedException {
        RebuildRun running = current;
        if (running != null) {
            running.cancel();
        }
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
