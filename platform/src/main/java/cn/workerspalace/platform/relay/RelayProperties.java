package cn.workerspalace.platform.relay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Kafka relay of a write service.
 *
 * @param topic      where every stored event of this service goes
 * @param batchSize  events of one segment read, sent and acknowledged per transaction
 * @param ackTimeout how long a batch waits for the broker before it is rolled back and sent again
 * @param partitions partitions of the topic when the relay creates it
 * @param segments   segments the relay's token is split into when it is first created; each segment sends and awaits
 *                   its own batches, so several waits for the broker and the database overlap. A token store that
 *                   already holds the relay's tokens keeps its segment count
 */
@ConfigurationProperties("palace.relay")
public record RelayProperties(
        String topic,
        @DefaultValue("500") int batchSize,
        @DefaultValue("30s") Duration ackTimeout,
        @DefaultValue("6") int partitions,
        @DefaultValue("4") int segments) {
}
