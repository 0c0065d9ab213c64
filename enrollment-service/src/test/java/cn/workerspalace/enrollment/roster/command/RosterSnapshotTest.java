package cn.workerspalace.enrollment.roster.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.enrollment.it.IntegrationTestSupport;
import cn.workerspalace.enrollment.roster.api.AlreadySignedUpException;
import cn.workerspalace.enrollment.roster.api.AttendanceAlreadyRecordedException;
import cn.workerspalace.enrollment.roster.api.CancelSignUpCommand;
import cn.workerspalace.enrollment.roster.api.RecordAttendanceCommand;
import cn.workerspalace.enrollment.roster.api.SignUpForClassCommand;
import cn.workerspalace.enrollment.roster.api.SignUpResult;
import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;

/**
 * A roster is snapshotted every {@code palace.roster.snapshot-every} events, and a cold load starts from the
 * snapshot: read back through the serializer it holds the seats in the order they were taken, the queue in its order
 * and the attendance, and commands after the cache was emptied decide on it. The commands go straight to the
 * command bus (the flash crowd's workers need no registration there); a model of the roster, kept beside, says what
 * the aggregate must hold.
 */
class RosterSnapshotTest extends IntegrationTestSupport {

    private static final int CAPACITY = 3;

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    @Qualifier(AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
    private Cache aggregateCache;
    @Value("${palace.roster.snapshot-every}")
    private int snapshotEvery;

    private final List<String> confirmed = new ArrayList<>();
    private final List<String> waitlist = new ArrayList<>();

    @Test
    void a_long_roster_is_loaded_from_its_snapshot_with_seat_order_queue_order_and_attendance_intact() {
        assertThat(snapshotEvery).as("enough events for every step below").isGreaterThanOrEqualTo(40);
        String classId = openClass(registerPalace(), CAPACITY);
        // exactly snapshotEvery events: opened (1), sign-ups, 2 attendances, 5 queue departures, and seat
        // cancellations that each promote the head of the queue (2 events each)
        int seatCancellations = (snapshotEvery - 8) / 4;
        int signUps = snapshotEvery - 8 - 2 * seatCancellations;
        for (int i = 0; i < signUps; i++) {
            crowdSignUp(classId, classId + "-w" + i);
        }
        String attendedFirst = confirmed.get(0);
        String attendedThenLeft = confirmed.get(1);
        attend(classId, attendedFirst);
        attend(classId, attendedThenLeft);
        for (int i = 0; i < 5; i++) {
            cancel(classId, waitlist.get(2 * i + 1));
        }
        for (int i = 0; i < seatCancellations; i++) {
            cancel(classId, confirmed.get(1)); // the promoted worker takes the last seat in order
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Integer.class, classId) > 0);
        assertThat(jdbc.queryForObject("SELECT max(sequencenumber) FROM snapshotevententry WHERE aggregateidentifier = ?",
                Long.class, classId)).isEqualTo(snapshotEvery - 1L);

        aggregateCache.remove(classId);
        DomainEventMessage<?> first = eventStore.readEvents(classId).next();
        assertThat(first.getSequenceNumber()).isEqualTo(snapshotEvery - 1L);
        assertThat(first.getPayload()).isInstanceOf(Roster.class);
        Roster snapshot = (Roster) first.getPayload();
        assertThat(snapshot.confirmedTrainees()).containsExactlyElementsOf(confirmed);
        assertThat(snapshot.waitlistedTrainees()).containsExactlyElementsOf(waitlist);
        assertThat(snapshot.attended(attendedFirst, 0)).isTrue();
        assertThat(snapshot.attended(attendedThenLeft, 0)).isTrue();
        assertThat(snapshot.attended(confirmed.get(2), 0)).isFalse();

        // loaded from the snapshot, the roster decides as before
        assertThatThrownBy(() -> commands.sendAndWait(
                new RecordAttendanceCommand(classId, attendedFirst, 0, Instant.now())))
                .isInstanceOf(AttendanceAlreadyRecordedException.class);
        assertThatThrownBy(() -> commands.sendAndWait(
                new SignUpForClassCommand(classId, waitlist.get(0), null, Instant.now())))
                .isInstanceOf(AlreadySignedUpException.class);
        int nextPosition = waitlist.size() + 1;
        assertThat(crowdSignUp(classId, classId + "-late")).isEqualTo(SignUpResult.waitlisted(nextPosition));
        cancel(classId, confirmed.get(0));
        assertThat(eventStore.readEvents(classId).asStream().count()).as("snapshot and the events after it")
                .isEqualTo(1 + 3);

        JsonNode roster = roster(classId);
        assertThat(workerIds(roster.get("confirmed"))).containsExactlyElementsOf(confirmed);
        assertThat(workerIds(roster.get("waitlist"))).containsExactlyElementsOf(waitlist);
    }

    private SignUpResult crowdSignUp(String classId, String workerId) {
        SignUpResult result = commands.sendAndWait(
                new SignUpForClassCommand(classId, workerId, null, Instant.now()));
        (confirmed.size() < CAPACITY ? confirmed : waitlist).add(workerId);
        return result;
    }

    private void attend(String classId, String workerId) {
        commands.sendAndWait(new RecordAttendanceCommand(classId, workerId, 0, Instant.now()));
    }

    private void cancel(String classId, String workerId) {
        commands.sendAndWait(new CancelSignUpCommand(classId, workerId, Instant.now()));
        if (!confirmed.remove(workerId)) {
            waitlist.remove(workerId);
        } else if (!waitlist.isEmpty()) {
            confirmed.add(waitlist.remove(0));
        }
    }
}
