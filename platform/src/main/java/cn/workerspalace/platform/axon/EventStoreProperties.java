package cn.workerspalace.platform.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the event store waits for a transaction that took a global index and has not committed yet.
 *
 * <p>Tracking processors (the Kafka relay among them) remember such a gap in their token and read it again until the
 * event appears. Axon gives a gap up once the relay has read a later event older than the gap timeout (60 s by
 * default), or, with more gaps than the cleaning threshold (250), once the event after a gap is that old. An event
 * committed into a gap given up is never relayed: Kafka, the projection and every rebuild miss it. A relay more than
 * a minute behind is ordinary after a broker or database outage (its retry back-off alone reaches 60 s), so the
 * default here is ten minutes: longer than any transaction these services run plus the relay lag worth waiting
 * for. The price is small: re-reading a few remembered gaps per fetch while any are open. Cleaning past the threshold
 * drops only gaps older than the timeout, so Axon's threshold can stay; it bounds the gaps each fetch re-reads.
 *
 * @param gapTimeout           how long a gap is kept after the event that follows it was stored
 * @param gapCleaningThreshold gaps remembered before the token is cleaned of those older than the timeout
 */
@ConfigurationProperties("palace.event-store")
public record EventStoreProperties(
        @DefaultValue("10m") Duration gapTimeout,
        @DefaultValue("250") int gapCleaningThreshold) {
}
