package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * The gauge {@value #LAG}{topic, partition, group}: how many records of each partition the consumer group has not
 * committed yet (end offset minus committed offset; minus the first offset while the group has committed none).
 * Offsets are committed once a batch's transaction committed, so 0 means every event on the topic is in the read
 * models. Read from the broker every {@code palace.lag.refresh-interval}, so it keeps telling the truth while the
 * listeners are paused, stuck or gone; a partition appears once the broker has it.
 */
@Component
class ConsumerLag implements SmartLifecycle {

    static final String LAG = "projection.consumer.lag";
    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);
    private static final List<String> TOPICS = List.of(Topics.COURSE_EVENTS, Topics.ENROLLMENT_EVENTS);
    private static final long TIMEOUT_SECONDS = 10;

    private final KafkaAdmin kafkaAdmin;
    private final MeterRegistry registry;
    private final String group;
    private final Duration interval;
    private final Map<TopicPartition, AtomicLong> lags = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;
    private Admin admin;
    private boolean failing;

    ConsumerLag(KafkaAdmin kafkaAdmin, MeterRegistry registry,
                @Value("${spring.kafka.consumer.group-id}") String group,
                @Value("${palace.lag.refresh-interval:PT5S}") Duration interval) {
        this.kafkaAdmin = kafkaAdmin;
        this.registry = registry;
        this.group = group;
        this.interval = interval;
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void refresh() {
        try {
            Map<TopicPartition, Long> lag = measure();
            lag.forEach((partition, records) -> gauge(partition).set(records));
            if (failing) {
                log.info("consumer lag readable again");
                failing = false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!failing) {
                log.warn("cannot read the consumer lag from the broker (last values stay): {}", e.toString());
                failing = true;
            }
        }
    }

    private Map<TopicPartition, Long> measure() throws Exception {
        if (admin == null) {
            admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> topic
                : admin.describeTopics(TOPICS).topicNameValues().entrySet()) {
            TopicDescription description;
            try {
                description = topic.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException notYetCreated) {
                continue;
            }
            description.partitions().forEach(partition -> {
                TopicPartition tp = new TopicPartition(topic.getKey(), partition.partition());
                latest.put(tp, OffsetSpec.latest());
                earliest.put(tp, OffsetSpec.earliest());
            });
        }
        if (latest.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> starts = admin.listOffsets(earliest).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> lag = new HashMap<>();
        for (TopicPartition partition : latest.keySet()) {
            OffsetAndMetadata done = committed.get(partition);
            long from = done != null ? done.offset() : starts.get(partition).offset();
            lag.put(partition, Math.max(0, ends.get(partition).offset() - from));
        }
        return lag;
    }

    private AtomicLong gauge(TopicPartition partition) {
        return lags.computeIfAbsent(partition, tp -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(LAG, value, AtomicLong::get)
                    .tag("topic", tp.topic())
                    .tag("partition", Integer.toString(tp.partition()))
                    .tag("group", group)
                    .description("records on the topic partition not yet committed by the consumer group")
                    .register(registry);
            return value;
        });
    }
}
