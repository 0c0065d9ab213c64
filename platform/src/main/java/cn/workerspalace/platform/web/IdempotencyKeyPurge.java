package cn.workerspalace.platform.web;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Deletes idempotency keys older than their retention, so the table stays the size of one retention period. */
class IdempotencyKeyPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final IdempotentRequests requests;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    IdempotencyKeyPurge(IdempotentRequests requests, IdempotencyProperties properties, Clock clock) {
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    int purge() {
        return requests.forgetClaimedBefore(clock.instant().minus(properties.retention()));
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-key-purge");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.purgeInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void purgeQuietly() {
        try {
            int purged = purge();
            if (purged > 0) {
                log.info("forgot {} idempotency keys older than {}", purged, properties.retention());
            }
        } catch (RuntimeException e) {
            log.warn("idempotency keys could not be purged; will retry", e);
        }
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
