package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.CourseCreatedEvent;
import cn.workerspalace.contracts.enrollment.RosterCancelledEvent;
import cn.workerspalace.contracts.enrollment.RosterCapacityChangedEvent;
import cn.workerspalace.contracts.enrollment.RosterCompletedEvent;
import cn.workerspalace.contracts.enrollment.RosterOpenedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** course-events drive the rosters; every record may arrive twice and must change things once. */
class CourseEventsConsumerTest extends IntegrationTestSupport {

    private String palaceId;

    @BeforeEach
    void palace() {
        palaceId = registerPalace();
    }

    @Test
    void a_redelivered_class_opening_opens_the_roster_once() {
        ClassOpenedEvent opened = classOpened(palaceId, 30);
        String record = publishCourseEvent(opened.classId(), 0, opened);
        sendCourseRecord(opened.classId(), record);

        awaitCourseEventsConsumed();

        assertThat(storedEvents(opened.classId(), RosterOpenedEvent.class)).isEqualTo(1);
        assertThat(roster(opened.classId()).get("capacity").asInt()).isEqualTo(30);
    }

    @Test
    void a_capacity_increase_promotes_the_waitlist_in_queue_order_once_however_often_delivered() {
        String classId = openClass(palaceId, 1);
        List<String> workers = List.of(registerWorker(palaceId), registerWorker(palaceId), registerWorker(palaceId),
                registerWorker(palaceId));
        workers.forEach(worker -> signUp(classId, worker));

        String record = publishCourseEvent(classId, 1, new ClassCapacityChangedEvent(classId, palaceId, 1, 3));
        sendCourseRecord(classId, record);
        awaitCourseEventsConsumed();

        JsonNode roster = roster(classId);
        assertThat(roster.get("capacity").asInt()).isEqualTo(3);
        assertThat(workerIds(roster.get("confirmed"))).containsExactlyElementsOf(workers.subList(0, 3));
        assertThat(workerIds(roster.get("waitlist"))).containsExactly(workers.get(3));
        assertThat(storedEvents(classId, RosterCapacityChangedEvent.class)).isEqualTo(1);
    }

    @Test
    void a_capacity_decrease_keeps_confirmed_seats_and_stops_confirmations() {
        String classId = openClass(palaceId, 3);
        List<String> workers = List.of(registerWorker(palaceId), registerWorker(palaceId), registerWorker(palaceId));
        workers.forEach(worker -> signUp(classId, worker));

        publishCourseEvent(classId, 1, new ClassCapacityChangedEvent(classId, palaceId, 3, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> roster(classId).get("capacity").asInt() == 1);

        assertThat(workerIds(roster(classId).get("confirmed"))).containsExactlyElementsOf(workers);
        assertThat(signUp(classId, registerWorker(palaceId)).getBody().get("status").asText()).isEqualTo("WAITLISTED");
    }

    @Test
    void a_cancelled_class_ends_every_sign_up_once_however_often_delivered() {
        String classId = openClass(palaceId, 1);
        String confirmed = registerWorker(palaceId);
        String waitlisted = registerWorker(palaceId);
        signUp(classId, confirmed);
        signUp(classId, waitlisted);

        String record = publishCourseEvent(classId, 1, new ClassCancelledEvent(classId, palaceId, "teacher ill"));
        sendCourseRecord(classId, record);
        awaitCourseEventsConsumed();

        JsonNode roster = roster(classId);
        assertThat(roster.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(roster.get("confirmed")).isEmpty();
        assertThat(roster.get("waitlist")).isEmpty();
        assertThat(signUpStatus(confirmed, classId)).isEqualTo("ENDED");
        assertThat(signUpStatus(waitlisted, classId)).isEqualTo("ENDED");
        assertThat(storedEvents(classId, RosterCancelledEvent.class)).isEqualTo(1);
        assertThat(signUp(classId, registerWorker(palaceId)).getBody().get("type").asText())
                .endsWith("/class-not-open");
    }

    @Test
    void a_completed_class_completes_its_confirmed_trainees_and_ends_the_waitlist() {
        String classId = openClass(palaceId, 1);
        String confirmed = registerWorker(palaceId);
        String waitlisted = registerWorker(palaceId);
        signUp(classId, confirmed);
        signUp(classId, waitlisted);

        String record = publishCourseEvent(classId, 1, new ClassCompletedEvent(classId, palaceId));
        sendCourseRecord(classId, record);
        awaitCourseEventsConsumed();

        JsonNode roster = roster(classId);
        assertThat(roster.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(workerIds(roster.get("confirmed"))).containsExactly(confirmed);
        assertThat(roster.get("waitlist")).isEmpty();
        assertThat(signUpStatus(confirmed, classId)).isEqualTo("COMPLETED");
        assertThat(signUpStatus(waitlisted, classId)).isEqualTo("ENDED");
        assertThat(storedEvents(classId, RosterCompletedEvent.class)).isEqualTo(1);
    }

    @Test
    void unreadable_records_and_types_of_no_interest_are_skipped_and_consumption_goes_on() {
        sendCourseRecord("garbage", "{not an envelope");
        sendCourseRecord("class-x", """
                {"eventId": "e-1", "type": "ClassOpenedEvent", "revision": "1", "aggregateId": "class-x",
                 "aggregateSequence": 0, "timestamp": "2026-03-01T00:00:00Z", "payload": {"capacity": "lots"}}""");
        publishCourseEvent("course-x", 0, new CourseCreatedEvent("course-x", palaceId, "体育", "太极拳"));

        String classId = openClass(palaceId, 5);

        assertThat(roster(classId).get("capacity").asInt()).isEqualTo(5);
    }

    private String signUpStatus(String workerId, String classId) {
        JsonNode signUps = get("/api/workers/" + workerId).getBody().get("signUps");
        return StreamSupport.stream(signUps.spliterator(), false)
                .filter(s -> s.get("classId").asText().equals(classId))
                .map(s -> s.get("status").asText()).findFirst().orElseThrow();
    }
}
