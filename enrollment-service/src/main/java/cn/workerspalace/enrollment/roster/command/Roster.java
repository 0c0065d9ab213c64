package cn.workerspalace.enrollment.roster.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.workerspalace.contracts.Revision;
import cn.workerspalace.contracts.enrollment.AttendanceRecordedEvent;
import cn.workerspalace.contracts.enrollment.RosterCancelledEvent;
import cn.workerspalace.contracts.enrollment.RosterCapacityChangedEvent;
import cn.workerspalace.contracts.enrollment.RosterCompletedEvent;
import cn.workerspalace.contracts.enrollment.RosterOpenedEvent;
import cn.workerspalace.contracts.enrollment.SignUpCancelledEvent;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.contracts.enrollment.WaitlistedTraineePromotedEvent;
import cn.workerspalace.enrollment.roster.api.AlreadySignedUpException;
import cn.workerspalace.enrollment.roster.api.AttendanceAlreadyRecordedException;
import cn.workerspalace.enrollment.roster.api.CancelRosterCommand;
import cn.workerspalace.enrollment.roster.api.CancelSignUpCommand;
import cn.workerspalace.enrollment.roster.api.ChangeRosterCapacityCommand;
import cn.workerspalace.enrollment.roster.api.ClassNotOpenException;
import cn.workerspalace.enrollment.roster.api.CompleteRosterCommand;
import cn.workerspalace.enrollment.roster.api.LessonNotBegunException;
import cn.workerspalace.enrollment.roster.api.NoActiveSignUpException;
import cn.workerspalace.enrollment.roster.api.NoSuchLessonException;
import cn.workerspalace.enrollment.roster.api.NotConfirmedTraineeException;
import cn.workerspalace.enrollment.roster.api.OpenRosterCommand;
import cn.workerspalace.enrollment.roster.api.OutsideEnrolmentWindowException;
import cn.workerspalace.enrollment.roster.api.RecordAttendanceCommand;
import cn.workerspalace.enrollment.roster.api.SignUpForClassCommand;
import cn.workerspalace.enrollment.roster.api.SignUpResult;
import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The roster of one class (id = class id): the consistency boundary for its seats. Confirmed trainees and the
 * waitlist are insertion-ordered maps, so a sign-up, a cancellation and a promotion each cost O(1) however large
 * the crowd; a waitlist position is the queue's size when the worker joins, and the positions behind a leaver close
 * up without being stored. The aggregate lives in the bounded aggregate cache between commands.
 *
 * <p>A flash crowd gives a roster thousands of events, so it is also snapshotted ({@link RosterSnapshotting}): the
 * snapshot is this object as JSON (fields only, the maps in their order), under the revision declared here. Raise
 * the revision whenever the fields change, and older snapshots are ignored.
 */
@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE,
        snapshotTriggerDefinition = RosterSnapshotting.TRIGGER,
        snapshotFilter = RosterSnapshotting.FILTER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class Roster {

    static final Duration ATTENDANCE_OPENS_BEFORE_LESSON = Duration.ofMinutes(30);

    @AggregateIdentifier
    private String classId;
    private RosterStatus status;
    private int capacity;
    private Instant enrolmentOpensAt;
    private Instant enrolmentClosesAt;
    private List<Instant> lessonStarts;
    /** Worker id to sign-up time, in the order seats were taken. */
    private LinkedHashMap<String, Instant> confirmed = new LinkedHashMap<>();
    /** Worker id to sign-up time, in queue order. */
    private LinkedHashMap<String, Instant> waitlist = new LinkedHashMap<>();
    private HashSet<Attendance> attendances = new HashSet<>();

    Roster() {
        // for Axon and for reading a snapshot
    }

    @CommandHandler
    Roster(OpenRosterCommand command) {
        apply(new RosterOpenedEvent(command.classId(), command.palaceId(), command.capacity(),
                command.enrolmentOpensAt(), command.enrolmentClosesAt(), List.copyOf(command.lessonStarts()),
                command.year()));
    }

    @CommandHandler
    SignUpResult handle(SignUpForClassCommand command) {
        requireOpen();
        String workerId = command.workerId();
        if (confirmed.containsKey(workerId) || waitlist.containsKey(workerId)) {
            throw new AlreadySignedUpException(classId, workerId,
                    confirmed.containsKey(workerId) ? "confirmed" : "waitlisted");
        }
        if (command.now().isBefore(enrolmentOpensAt) || !command.now().isBefore(enrolmentClosesAt)) {
            throw new OutsideEnrolmentWindowException(classId, enrolmentOpensAt, enrolmentClosesAt);
        }
        String servicePointId = command.servicePointId();
        if (hasFreeSeat()) {
            apply(new TraineeSignedUpEvent(classId, workerId, servicePointId, SignUpStatus.CONFIRMED, null,
                    command.now()));
            return SignUpResult.confirmed();
        }
        int position = waitlist.size() + 1;
        apply(new TraineeSignedUpEvent(classId, workerId, servicePointId, SignUpStatus.WAITLISTED, position,
                command.now()));
        return SignUpResult.waitlisted(position);
    }

    @CommandHandler
    void handle(CancelSignUpCommand command) {
        String workerId = command.workerId();
        boolean seat = confirmed.containsKey(workerId);
        if (status != RosterStatus.OPEN || !seat && !waitlist.containsKey(workerId)) {
            throw new NoActiveSignUpException(classId, workerId);
        }
        apply(new SignUpCancelledEvent(classId, workerId,
                seat ? SignUpStatus.CONFIRMED : SignUpStatus.WAITLISTED, command.now()));
        promoteWhileSeatsFree(command.now());
    }

    /** Follows course-service; the same capacity again, or a closed roster, changes nothing (redelivery). */
    @CommandHandler
    void handle(ChangeRosterCapacityCommand command) {
        if (status != RosterStatus.OPEN || command.capacity() == capacity) {
            return;
        }
        apply(new RosterCapacityChangedEvent(classId, command.capacity()));
        promoteWhileSeatsFree(command.now());
    }

    /** Every sign-up ends; cancelling a closed roster again changes nothing (redelivery). */
    @CommandHandler
    void handle(CancelRosterCommand command) {
        if (status != RosterStatus.OPEN) {
            return;
        }
        List<String> ended = new ArrayList<>(confirmed.keySet());
        ended.addAll(waitlist.keySet());
        apply(new RosterCancelledEvent(classId, command.reason(), ended));
    }

    /** Confirmed trainees complete, waitlisted sign-ups end; a closed roster stays as it is (redelivery). */
    @CommandHandler
    void handle(CompleteRosterCommand command) {
        if (status != RosterStatus.OPEN) {
            return;
        }
        apply(new RosterCompletedEvent(classId, List.copyOf(confirmed.keySet()), List.copyOf(waitlist.keySet())));
    }

    /** Open to confirmed trainees, also after completion (a class may be recorded after the fact). */
    @CommandHandler
    void handle(RecordAttendanceCommand command) {
        int lesson = command.lessonIndex();
        if (lesson < 0 || lesson >= lessonStarts.size()) {
            throw new NoSuchLessonException(classId, lesson, lessonStarts.size());
        }
        if (!confirmed.containsKey(command.workerId())) {
            throw new NotConfirmedTraineeException(classId, command.workerId());
        }
        Instant acceptedFrom = lessonStarts.get(lesson).minus(ATTENDANCE_OPENS_BEFORE_LESSON);
        if (command.now().isBefore(acceptedFrom)) {
            throw new LessonNotBegunException(classId, lesson, acceptedFrom);
        }
        if (attendances.contains(new Attendance(command.workerId(), lesson))) {
            throw new AttendanceAlreadyRecordedException(classId, command.workerId(), lesson);
        }
        apply(new AttendanceRecordedEvent(classId, command.workerId(), lesson, command.now()));
    }

    private void requireOpen() {
        if (status != RosterStatus.OPEN) {
            throw new ClassNotOpenException(classId, status.name().toLowerCase(Locale.ROOT));
        }
    }

    private boolean hasFreeSeat() {
        return confirmed.size() < capacity;
    }

    /** A lowered capacity keeps every confirmed seat: promotion waits until the confirmed count is below it. */
    private void promoteWhileSeatsFree(Instant now) {
        while (hasFreeSeat() && !waitlist.isEmpty()) {
            apply(new WaitlistedTraineePromotedEvent(classId, waitlist.keySet().iterator().next(), now));
        }
    }

    @EventSourcingHandler
    void on(RosterOpenedEvent event) {
        classId = event.classId();
        status = RosterStatus.OPEN;
        capacity = event.capacity();
        enrolmentOpensAt = event.enrolmentOpensAt();
        enrolmentClosesAt = event.enrolmentClosesAt();
        lessonStarts = event.lessonStarts();
    }

    @EventSourcingHandler
    void on(TraineeSignedUpEvent event) {
        (event.status() == SignUpStatus.CONFIRMED ? confirmed : waitlist).put(event.workerId(), event.signedUpAt());
    }

    @EventSourcingHandler
    void on(SignUpCancelledEvent event) {
        (event.previousStatus() == SignUpStatus.CONFIRMED ? confirmed : waitlist).remove(event.workerId());
    }

    @EventSourcingHandler
    void on(WaitlistedTraineePromotedEvent event) {
        confirmed.put(event.workerId(), waitlist.remove(event.workerId()));
    }

    @EventSourcingHandler
    void on(RosterCapacityChangedEvent event) {
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(RosterCancelledEvent event) {
        status = RosterStatus.CANCELLED;
        confirmed.clear();
        waitlist.clear();
    }

    @EventSourcingHandler
    void on(RosterCompletedEvent event) {
        status = RosterStatus.COMPLETED;
        waitlist.clear();
    }

    @EventSourcingHandler
    void on(AttendanceRecordedEvent event) {
        attendances.add(new Attendance(event.workerId(), event.lessonIndex()));
    }

    /** The workers holding a seat, in the order they took it. */
    List<String> confirmedTrainees() {
        return List.copyOf(confirmed.keySet());
    }

    /** The waitlisted workers in queue order. */
    List<String> waitlistedTrainees() {
        return List.copyOf(waitlist.keySet());
    }

    boolean attended(String workerId, int lessonIndex) {
        return attendances.contains(new Attendance(workerId, lessonIndex));
    }

    enum RosterStatus {
        OPEN, CANCELLED, COMPLETED
    }

    record Attendance(String workerId, int lessonIndex) {
    }
}
