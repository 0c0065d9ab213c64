package cn.workerspalace.projection.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.EventTypes;
import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.CourseCreatedEvent;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.degree.ApplicationLeftQuotaQueueEvent;
import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.CityAllocationSetEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationAdmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationApprovedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationGraduatedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationRejectedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWaitingForQuotaEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReleasedEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.contracts.degree.SubsidyQuotaSetEvent;
import cn.workerspalace.contracts.enrollment.AttendanceRecordedEvent;
import cn.workerspalace.contracts.enrollment.RosterCancelledEvent;
import cn.workerspalace.contracts.enrollment.RosterCompletedEvent;
import cn.workerspalace.contracts.enrollment.SignUpCancelledEvent;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.contracts.enrollment.WaitlistedTraineePromotedEvent;
import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import cn.workerspalace.projection.support.ReadModelTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Writes are regrouped across aggregates within a batch: a batch that mixes every event type and interleaves its
 * aggregates must leave the same rows as the same events applied one by one, one aggregate after the other.
 */
class BatchEquivalenceTest extends ReadModelTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void an_interleaved_batch_of_every_event_type_leaves_the_rows_that_one_by_one_application_leaves() {
        int year = 3000 + 2 * ThreadLocalRandom.current().nextInt(3000);
        String oneByOne = newId("one");
        String batched = newId("all");

        history(oneByOne, year).forEach(stream -> stream.forEach(event -> applier.apply(List.of(event))));
        applier.apply(interleaved(history(batched, year + 1)));

        assertThat(rows(batched, year + 1)).isNotEmpty().isEqualTo(rows(oneByOne, year));
    }

    /** Round robin over the aggregates, the last one first: each aggregate's own events stay in order. */
    private static List<EventEnvelope<Record>> interleaved(List<List<EventEnvelope<Record>>> streams) {
        List<List<EventEnvelope<Record>>> reversed = new ArrayList<>(streams);
        Collections.reverse(reversed);
        List<EventEnvelope<Record>> events = new ArrayList<>();
        int longest = streams.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<EventEnvelope<Record>> stream : reversed) {
                if (i < stream.size()) {
                    events.add(stream.get(i));
                }
            }
        }
        return events;
    }

    /** Each aggregate's events in order; ids start with {@code p}; the quota is the year's. */
    private static List<List<EventEnvelope<Record>>> history(String p, int year) {
        String palace = p + "-palace";
        String course = p + "-course";
        String clazz = p + "-class";
        String cancelled = p + "-cancelled-class";
        String w1 = p + "-w1";
        String w2 = p + "-w2";
        String w3 = p + "-w3";
        String w4 = p + "-w4";
        String a1 = p + "-a1";
        String a2 = p + "-a2";
        String a3 = p + "-a3";
        String a4 = p + "-a4";
        String city = "440100";
        Map<DegreeLevel, BigDecimal> subsidy = Map.of(DegreeLevel.BACHELOR, new BigDecimal("4000.00"),
                DegreeLevel.JUNIOR_COLLEGE, new BigDecimal("3000.00"));
        Clock clock = new Clock();
        return List.of(
                clock.stream(palace, new PalaceRegisteredEvent(palace, "广州", PalaceLevel.CITY, city, null)),
                clock.stream(course, new CourseCreatedEvent(course, palace, "IT", "Java")),
                clock.stream(w1, registered(w1, palace, city, clock)),
                clock.stream(w2, registered(w2, palace, city, clock)),
                clock.stream(w3, registered(w3, palace, city, clock)),
                clock.stream(w4, registered(w4, palace, city, clock)),
                clock.stream(clazz,
                        new ClassOpenedEvent(clazz, course, palace, "Java 1", 2, null, null, List.of(), 2026),
                        new ClassCapacityChangedEvent(clazz, palace, 2, 3),
                        signedUp(clazz, w1, SignUpStatus.CONFIRMED, clock),
                        signedUp(clazz, w2, SignUpStatus.WAITLISTED, clock),
                        signedUp(clazz, w3, SignUpStatus.CONFIRMED, clock),
                        new SignUpCancelledEvent(clazz, w1, SignUpStatus.CONFIRMED, clock.next()),
                        new WaitlistedTraineePromotedEvent(clazz, w2, clock.next()),
                        signedUp(clazz, w1, SignUpStatus.WAITLISTED, clock),
                        new AttendanceRecordedEvent(clazz, w2, 0, clock.next()),
                        new AttendanceRecordedEvent(clazz, w3, 0, clock.next()),
                        new AttendanceRecordedEvent(clazz, w2, 1, clock.next()),
                        new RosterCompletedEvent(clazz, List.of(w2), List.of(w1)),
                        new ClassCompletedEvent(clazz, palace)),
                clock.stream(cancelled,
                        new ClassOpenedEvent(cancelled, course, palace, "Java 2", 5, null, null, List.of(), 2026),
                        signedUp(cancelled, w4, SignUpStatus.CONFIRMED, clock),
                        new ClassCancelledEvent(cancelled, palace, "rain"),
                        new RosterCancelledEvent(cancelled, "rain", List.of(w4))),
                clock.stream(p + "-quota",
                        new SubsidyQuotaSetEvent(year, 10, subsidy),
                        new CityAllocationSetEvent(year, city, 0, 5),
                        new SubsidyPlaceReservedEvent(year, city, a1, false),
                        new ApplicationQueuedForQuotaEvent(year, city, a2, 1),
                        new SubsidyPlaceReservedEvent(year, city, a2, true),
                        new SubsidyPlaceReservedEvent(year, city, a3, false),
                        new ApplicationLeftQuotaQueueEvent(year, city, a3),
                        new SubsidyPlaceReleasedEvent(year, city, a3),
                        new SubsidyQuotaSetEvent(year, 12, subsidy)),
                // a payment before its submission: the fact takes the year and city once the submission comes
                clock.stream(a1,
                        new SubsidyPaidEvent(a1, p + "-pay1", new BigDecimal("1000.00"),
                                new BigDecimal("1000.00"), clock.next()),
                        submitted(a1, w1, year, palace, city, clock),
                        new DegreeApplicationApprovedEvent(a1, year, city, clock.next()),
                        new DegreeApplicationAdmittedEvent(a1, clock.next()),
                        new SubsidyPaidEvent(a1, p + "-pay2", new BigDecimal("500.00"),
                                new BigDecimal("1500.00"), clock.next()),
                        new DegreeApplicationGraduatedEvent(a1, clock.next())),
                clock.stream(a2,
                        submitted(a2, w2, year, palace, city, clock),
                        new DegreeApplicationWaitingForQuotaEvent(a2, year, city, clock.next()),
                        new DegreeApplicationApprovedEvent(a2, year, city, clock.next()),
                        new DegreeApplicationWithdrawnEvent(a2, "moved", true, clock.next())),
                clock.stream(a3,
                        submitted(a3, w3, year, palace, city, clock),
                        new DegreeApplicationRejectedEvent(a3, "incomplete", clock.next())),
                // two upserts of one row in a row: a multi-row insert may not update it twice
                clock.stream(a4,
                        submitted(a4, w4, year, palace, city, clock),
                        new DegreeApplicationAdmittedEvent(a4, clock.next()),
                        new DegreeApplicationWithdrawnEvent(a4, "moved", false, clock.next())));
    }

    private static WorkerRegisteredEvent registered(String worker, String palace, String city, Clock clock) {
        return new WorkerRegisteredEvent(worker, "m-1", "digest", null, null, palace, city, null, true, false,
                clock.next());
    }

    private static TraineeSignedUpEvent signedUp(String clazz, String worker, SignUpStatus status, Clock clock) {
        return new TraineeSignedUpEvent(clazz, worker, null, status, null, clock.next());
    }

    private static DegreeApplicationSubmittedEvent submitted(String application, String worker, int year,
                                                             String palace, String city, Clock clock) {
        return new DegreeApplicationSubmittedEvent(application, worker, year, DegreeLevel.BACHELOR, "school",
                "major", palace, city, clock.next());
    }

    /** The same times for both histories, so that their rows compare equal. */
    private static final class Clock {

        private Instant now = START;

        Instant next() {
            now = now.plus(Duration.ofMinutes(1));
            return now;
        }

        List<EventEnvelope<Record>> stream(String aggregate, Record... payloads) {
            List<EventEnvelope<Record>> events = new ArrayList<>();
            for (Record payload : payloads) {
                events.add(new EventEnvelope<>(UUID.randomUUID().toString(), EventTypes.nameOf(payload.getClass()),
                        EventTypes.revisionOf(payload.getClass()), aggregate, events.size(), next(), payload));
            }
            return events;
        }
    }

    /** Every read model row of the history, as JSON with its id prefix and year made neutral, sorted. */
    private List<String> rows(String p, int year) {
        List<String> rows = new ArrayList<>();
        for (String[] table : new String[][] {
                {"palace", "palace_id like :p"},
                {"course", "course_id like :p"},
                {"clazz", "class_id like :p"},
                {"sign_up", "class_id like :p"},
                {"attendance", "class_id like :p"},
                {"worker", "worker_id like :p"},
                {"degree_application", "application_id like :p"},
                {"subsidy_quota", "year = :year"},
                {"subsidy_fact", "year = :year or application_id like :p"}}) {
            jdbc.sql("select '" + table[0] + " ' || (to_jsonb(t) - 'event_id')::text from " + table[0]
                            + " t where " + table[1])
                    .param("p", p + "-%")
                    .param("year", year)
                    .query(String.class)
                    .list()
                    .forEach(row -> rows.add(row.replace(p, "P").replaceAll("\"year\": " + year + "\\b",
                            "\"year\": Y")));
        }
        Collections.sort(rows);
        return rows;
    }
}
