package cn.workerspalace.enrollment.roster.command;

import cn.workerspalace.contracts.EventTypes;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link Roster} is snapshotted every {@code palace.roster.snapshot-every} events (Axon's Spring snapshotter, after
 * the command's transaction), so a roster that a flash crowd made long is loaded from its latest snapshot and the
 * events after it, not replayed from the class's opening. A snapshot of another revision than the class declares is
 * ignored, and the roster is rebuilt from its events.
 */
@Configuration
class RosterSnapshotting {

    static final String TRIGGER = "rosterSnapshotTrigger";
    static final String FILTER = "rosterSnapshotFilter";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition rosterSnapshotTrigger(Snapshotter snapshotter,
            @Value("${palace.roster.snapshot-every:500}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    /** Axon combines every aggregate's filter for the one event store: snapshots of other types pass this one. */
    @Bean(FILTER)
    SnapshotFilter rosterSnapshotFilter() {
        String type = Roster.class.getName();
        String revision = EventTypes.revisionOf(Roster.class);
        return snapshot -> !type.equals(snapshot.getPayload().getType().getName())
                || revision.equals(snapshot.getPayload().getType().getRevision());
    }
}
