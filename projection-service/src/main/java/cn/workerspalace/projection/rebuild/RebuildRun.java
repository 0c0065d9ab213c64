package cn.workerspalace.projection.rebuild;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.projection.ingest.Decoding;
import cn.workerspalace.projection.ingest.EnvelopeDecoder;
import cn.workerspalace.projection.ingest.EventBatchApplier;
import cn.workerspalace.projection.ingest.EventsApplied;
import cn.workerspalace.projection.ingest.LiveConsumption;
import cn.workerspalace.projection.rebuild.api.RebuildState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * One rebuild, on a thread of its own.
 * <ol>
 * <li>REPLAYING: creates {@code rebuild_<id>} and applies every record of both topics into it, from the first
 * offsets up to the end offsets taken at the start, while the live listeners go on with the current tables.</li>
 * <li>CATCHING_UP: pauses the live listeners (their batch in hand commits first) and applies what arrived
 * meanwhile, up to the end offsets of now.</li>
 * <li>SWITCHING: locks every writer of the current tables out (live listeners of other instances too), applies the
 * last records up to the end offsets of that moment, then swaps the tables in one transaction
 * ({@link ReadModelSchemas#switchOver}), and resumes the live listeners.</li>
 * </ol>
 * Every event the current tables hold was read by a live listener before the end offsets taken under the lock, so
 * the new tables hold it too; the dedup table moves with them, so a live listener that resumes from an older
 * position skips what the rebuild applied, and applies what came after. Nothing is lost, nothing counted twice.
 * Should anything fail, nothing is switched and the new schema is dropped.
 */
final class RebuildRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(RebuildRun.class);

    private final Progress progress;
    private final Connection lock;
    private final RebuildSettings settings;
    private final ReadModelSchemas schemas;
    private final Supplier<TopicReplay> replays;
    private final EnvelopeDecoder decoder;
    private final EventBatchApplier applier;
    private final LiveConsumption live;
    private final ApplicationEventPublisher notices;
    private volatile boolean cancelled;
    private Map<TopicPartition, Long> startEnds = Map.of();
    private long lastLogNanos = System.nanoTime();

    RebuildRun(Progress progress, Connection lock, RebuildSettings settings, ReadModelSchemas schemas,
               Supplier<TopicReplay> replays, EnvelopeDecoder decoder, EventBatchApplier applier,
               LiveConsumption live, ApplicationEventPublisher notices) {
        this.progress = progress;
        this.lock = lock;
        this.settings = settings;
        this.schemas = schemas;
        this.replays = replays;
        this.decoder = decoder;
        this.applier = applier;
        this.live = live;
        this.notices = notices;
    }

    Progress progress() {
        return progress;
    }

    void cancel() {
        cancelled = true;
    }

    @Override
    public void run() {
        String schema = progress.schema();
        String retired = ReadModelSchemas.retiredSchema(progress.id());
        try {
            log.info("rebuild {}: creating schema {}", progress.id(), schema);
            schemas.create(schema);
            try (TopicReplay replay = replays.get()) {
                startEnds = replay.endOffsets();
                refuseTruncatedTopics(replay.firstOffsets());
                progress.replayFrom(TopicReplay.count(replay.firstOffsets(), startEnds));
                log.info(progress.line());
                readUntil(replay, startEnds);

                progress.state(RebuildState.CATCHING_UP);
                log.info(progress.line());
                if (!live.pause(settings.pausePatience())) {
                    log.warn("rebuild {}: the live listeners did not pause within {}; the switch locks them out",
                            progress.id(), settings.pausePatience());
                }
                try {
                    readUntil(replay, replay.endOffsets());
                    progress.state(RebuildState.SWITCHING);
                    log.info(progress.line());
                    switchOver(replay, schema, retired);
                } finally {
                    live.resume();
                }
            }
            progress.state(RebuildState.DONE);
            log.info(progress.line());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(schema, "interrupted (the service is stopping)", e);
        } catch (Exception e) {
            fail(schema, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } finally {
            ReadModelSchemas.unlock(lock);
        }
        if (progress.snapshot().state() == RebuildState.DONE) {
            notices.publishEvent(new EventsApplied(0));
            try {
                schemas.cleanUpAfterSwitch(schema, retired, settings.keepRetired());
            } catch (SQLException | RuntimeException e) {
                log.warn("rebuild {}: switched, but cannot drop the old schemas", progress.id(), e);
            }
        }
    }

    /** A partition whose first offset is above 0 lost records: a rebuild from it would lose their events. */
    private void refuseTruncatedTopics(Map<TopicPartition, Long> firstOffsets) {
        firstOffsets.forEach((partition, first) -> {
            if (first > 0) {
                String what = partition + " starts at offset " + first + ": its first records were deleted";
                if (!settings.allowTruncatedTopics()) {
                    throw new IllegalStateException(what + "; a rebuild would miss their events "
                            + "(palace.rebuild.allow-truncated-topics=true to rebuild anyway)");
                }
                log.warn("rebuild {}: {}; rebuilding without them as configured", progress.id(), what);
            }
        });
    }

    private void switchOver(TopicReplay replay, String schema, String retired) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                schemas.switchOver(schema, retired, () -> readUntil(replay, replay.endOffsets()));
                return;
            } catch (SQLException e) {
                if (!ReadModelSchemas.RETRYABLE.contains(e.getSQLState()) || attempt >= settings.switchAttempts()) {
                    throw e;
                }
                log.info("rebuild {}: switch attempt {} could not get its locks in time; trying again",
                        progress.id(), attempt);
            }
        }
    }

    private void readUntil(TopicReplay replay, Map<TopicPartition, Long> ends) throws InterruptedException {
        while (!replay.reached(ends)) {
            if (cancelled || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("rebuild cancelled");
            }
            ConsumerRecords<String, byte[]> records = replay.poll();
            int skipped = records.isEmpty() ? 0 : apply(records);
            progress.read(records.count(), skipped, replay.doneOf(startEnds));
            if (System.nanoTime() - lastLogNanos > settings.logInterval().toNanos()) {
                lastLogNanos = System.nanoTime();
                log.info(progress.line());
            }
        }
    }

    /** Applies the records' events in one transaction; answers how many records were not events. */
    private int apply(ConsumerRecords<String, byte[]> records) {
        List<EventEnvelope<Record>> events = new ArrayList<>(records.count());
        int skipped = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            if (decoder.decode(record.value()) instanceof Decoding.Decoded decoded) {
                events.add(decoded.envelope());
            } else {
                skipped++;
            }
        }
        applier.applyInto(progress.schema(), events);
        return skipped;
    }

    private void fail(String schema, String why, Exception e) {
        log.error("rebuild {} failed; nothing was switched: {}", progress.id(), why, e);
        // dropped before the failure is reported: whoever sees FAILED sees nothing of the rebuild left behind
        schemas.dropQuietly(schema);
        progress.failed(why);
    }
}
