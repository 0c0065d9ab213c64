package cn.workerspalace.projection.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Every partition of the topics, read from its first offset by a consumer of no group (nothing is committed, the
 * live group's offsets are left alone). Partitions that appear later (a topic created or grown meanwhile) are
 * picked up, from their first offset, whenever the end offsets are taken.
 */
final class TopicReplay implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<String> topics;
    private final Map<TopicPartition, Long> firstOffsets = new HashMap<>();

    TopicReplay(Map<String, Object> consumerProperties, String clientId, int batchSize, List<String> topics) {
        Map<String, Object> properties = new HashMap<>(consumerProperties);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batchSize);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        this.topics = List.copyOf(topics);
    }

    /** The end offset of every partition now; new partitions are assigned first, at their first offset. */
    Map<TopicPartition, Long> endOffsets() {
        Map<String, List<PartitionInfo>> existing = consumer.listTopics();
        Set<TopicPartition> all = new HashSet<>(firstOffsets.keySet());
        for (String topic : topics) {
            existing.getOrDefault(topic, List.of())
                    .forEach(info -> all.add(new TopicPartition(info.topic(), info.partition())));
        }
        List<TopicPartition> added = new ArrayList<>(all);
        added.removeAll(firstOffsets.keySet());
        if (!added.isEmpty()) {
            // positions of the partitions already assigned are kept
            consumer.assign(all);
            consumer.seekToBeginning(added);
            firstOffsets.putAll(consumer.beginningOffsets(added));
        }
        return consumer.endOffsets(all);
    }

    /** The first offset of each partition assigned. */
    Map<TopicPartition, Long> firstOffsets() {
        return Map.copyOf(firstOffsets);
    }

    /** Records of the next poll; empty when none came within a short while. */
    ConsumerRecords<String, byte[]> poll() {
        return consumer.poll(POLL);
    }

    /** Whether every record before {@code ends} has been returned by {@link #poll()}. */
    boolean reached(Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** How many records of {@code [first, end)} of each partition have been returned by now. */
    long doneOf(Map<TopicPartition, Long> ends) {
        long done = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            long first = firstOffsets.getOrDefault(end.getKey(), 0L);
            done += Math.max(0, Math.min(consumer.position(end.getKey()), end.getValue()) - first);
        }
        return done;
    }

    static long count(Map<TopicPartition, Long> firsts, Map<TopicPartition, Long> ends) {
        long total = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            total += Math.max(0, end.getValue() - firsts.getOrDefault(end.getKey(), 0L));
        }
        return total;
    }

    Collection<TopicPartition> partitions() {
        return firstOffsets.keySet();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
