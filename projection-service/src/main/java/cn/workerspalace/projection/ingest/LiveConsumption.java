package cn.workerspalace.projection.ingest;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/** The live listeners of both topics, for whoever must hold them still for a moment (a rebuild's switch-over). */
@Component
public class LiveConsumption {

    private static final Duration POLL = Duration.ofMillis(20);

    private final KafkaListenerEndpointRegistry registry;

    LiveConsumption(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    /**
     * Asks the running listeners to pause and waits, at most {@code patience}, until they have: the batch in hand is
     * applied and committed first, and no other is fetched until {@link #resume()}. Answers whether every running
     * listener paused in time (none running counts as paused).
     */
    public boolean pause(Duration patience) throws InterruptedException {
        List<MessageListenerContainer> running = containers().filter(MessageListenerContainer::isRunning).toList();
        running.forEach(MessageListenerContainer::pause);
        long deadline = System.nanoTime() + patience.toNanos();
        while (!running.stream().allMatch(LiveConsumption::paused)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }

    /** Lets every paused listener go on from where it stopped. */
    public void resume() {
        containers().filter(MessageListenerContainer::isPauseRequested).forEach(MessageListenerContainer::resume);
    }

    /**
     * Whether each consumer of the listener has stopped fetching. A consumer without partitions (more consumers than
     * partitions, or in the middle of a rebalance) counts as paused: spring-kafka pauses the partitions it is given
     * while a pause is requested before it fetches from them, whereas its own paused flag waits for a partition.
     */
    private static boolean paused(MessageListenerContainer listener) {
        if (listener instanceof ConcurrentMessageListenerContainer<?, ?> consumers) {
            return consumers.getContainers().stream().allMatch(LiveConsumption::paused);
        }
        Collection<TopicPartition> assigned = listener.getAssignedPartitions();
        return listener.isContainerPaused()
                || listener.isPauseRequested() && (assigned == null || assigned.isEmpty());
    }

    private Stream<MessageListenerContainer> containers() {
        return Stream.of(EventConsumer.COURSE_LISTENER, EventConsumer.ENROLLMENT_LISTENER)
                .map(registry::getListenerContainer)
                .filter(Objects::nonNull);
    }
}
