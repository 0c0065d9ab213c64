package cn.workerspalace.enrollment.quota.command;

import cn.workerspalace.contracts.EventTypes;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link YearQuota} is snapshotted every {@code palace.degree.quota-snapshot-every} events (Axon's Spring
 * snapshotter, after the command's transaction), so a cold load reads the latest snapshot and the events after it
 * instead of the whole year. A snapshot of another revision than the class declares is ignored, and the aggregate is
 * rebuilt from its events.
 */
@Configuration
class YearQuotaSnapshotting {

    static final String TRIGGER = "yearQuotaSnapshotTrigger";
    static final String FILTER = "yearQuotaSnapshotFilter";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition yearQuotaSnapshotTrigger(Snapshotter snapshotter,
            @Value("${palace.degree.quota-snapshot-every:250}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    /** Axon combines every aggregate's filter for the one event store: snapshots of other types pass this one. */
    @Bean(FILTER)
    SnapshotFilter yearQuotaSnapshotFilter() {
        String type = YearQuota.class.getName();
        String revision = EventTypes.revisionOf(YearQuota.class);
        return snapshot -> !type.equals(snapshot.getPayload().getType().getName())
                || revision.equals(snapshot.getPayload().getType().getRevision());
    }
}
