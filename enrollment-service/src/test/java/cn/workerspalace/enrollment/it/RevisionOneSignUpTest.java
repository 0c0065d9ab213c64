package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Sign-ups stored before {@code TraineeSignedUpEvent} revision 2 (no {@code servicePointId}) stay readable: a
 * revision 1 row put straight into the event store, as the previous version wrote it, is loaded by its roster
 * (which decides the next commands on it) and published by the relay as revision 2 with {@code servicePointId} null.
 */
class RevisionOneSignUpTest extends IntegrationTestSupport {

    @Autowired
    private Configuration axon;
    @Autowired
    @Qualifier(AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
    private Cache aggregateCache;

    private String palaceId;

    @BeforeEach
    void palace() {
        palaceId = registerPalace();
    }

    @Test
    void a_roster_with_a_revision_1_sign_up_is_loaded_with_it_and_relays_it_as_revision_2() {
        String servicePointId = openServicePoint(palaceId);
        String classId = openClass(palaceId, 1);
        String early = registerWorker(palaceId);
        String later = registerWorker(palaceId);
        Instant signedUpAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        String eventId = storeRevisionOneSignUp(classId, early, signedUpAt);

        JsonNode stored = roster(classId);
        assertThat(workerIds(stored.get("confirmed"))).containsExactly(early);
        assertThat(stored.get("confirmed").get(0).get("servicePointId").isNull()).isTrue();

        ResponseEntity<JsonNode> signUp = post("/api/classes/" + classId + "/sign-ups",
                Map.of("workerId", later, "servicePointId", servicePointId));
        assertThat(signUp.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(signUp.getBody().get("status").asText()).isEqualTo("WAITLISTED");
        assertThat(signUp.getBody().get("waitlistPosition").asInt()).isEqualTo(1);
        ResponseEntity<JsonNode> again = signUp(classId, early);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").asText()).contains("confirmed");

        assertThat(delete("/api/classes/" + classId + "/sign-ups/" + early).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode after = roster(classId);
        assertThat(workerIds(after.get("confirmed"))).containsExactly(later);
        assertThat(after.get("confirmed").get(0).get("servicePointId").asText()).isEqualTo(servicePointId);
        assertThat(after.get("waitlist")).isEmpty();

        try (EnrollmentEventsReader reader = new EnrollmentEventsReader(broker, json)) {
            List<JsonNode> events = reader.awaitEnvelopes(classId, 5);
            assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("RosterOpenedEvent",
                    "TraineeSignedUpEvent", "TraineeSignedUpEvent", "SignUpCancelledEvent",
                    "WaitlistedTraineePromotedEvent");
            JsonNode old = events.get(1);
            assertThat(old.get("eventId").asText()).isEqualTo(eventId);
            assertThat(old.get("revision").asText()).isEqualTo("2");
            assertThat(old.get("aggregateSequence").asLong()).isEqualTo(1);
            assertThat(old.get("payload").fieldNames()).toIterable().containsExactly("classId", "workerId",
                    "servicePointId", "status", "waitlistPosition", "signedUpAt");
            assertThat(old.get("payload").get("servicePointId").isNull()).isTrue();
            assertThat(old.get("payload").get("workerId").asText()).isEqualTo(early);
            assertThat(old.get("payload").get("status").asText()).isEqualTo("CONFIRMED");
            assertThat(Instant.parse(old.get("payload").get("signedUpAt").asText())).isEqualTo(signedUpAt);
            JsonNode current = events.get(2);
            assertThat(current.get("revision").asText()).isEqualTo("2");
            assertThat(current.get("payload").get("servicePointId").asText()).isEqualTo(servicePointId);
        }
    }

    /** Without the upcaster in Axon's chain, Jackson would quietly read a revision 1 payload too: check the chain. */
    @Test
    void the_event_store_reads_through_an_upcaster_chain_that_turns_revision_1_sign_ups_into_revision_2() {
        byte[] payload = ("{\"classId\":\"class-1\",\"workerId\":\"worker-1\",\"status\":\"WAITLISTED\","
                + "\"waitlistPosition\":3,\"signedUpAt\":\"2026-02-21T02:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
        Serializer serializer = axon.eventSerializer();
        InitialEventRepresentation stored = new InitialEventRepresentation(new GenericDomainEventEntry<>("Roster",
                "class-1", 1L, "event-1", Instant.parse("2026-02-21T02:00:00Z"),
                TraineeSignedUpEvent.class.getName(), "1", payload, "{}".getBytes(StandardCharsets.UTF_8)),
                serializer);

        List<IntermediateEventRepresentation> read = axon.upcasterChain().upcast(Stream.of(stored)).toList();

        assertThat(read).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("2");
            Object upcast = serializer.deserialize(event.getData());
            assertThat(upcast).isEqualTo(new TraineeSignedUpEvent(
                    "class-1", "worker-1", null, SignUpStatus.WAITLISTED, 3,
                    Instant.parse("2026-02-21T02:00:00Z")));
        });
    }

    /**
     * Writes what the previous version wrote for a confirmed sign-up in one transaction: the revision 1 event (the
     * roster's second, after it opened) and the sign-up row its subscribing projection kept. The cached roster
     * predates the row, so it is dropped, as a restart after the upgrade would.
     */
    private String storeRevisionOneSignUp(String classId, String workerId, Instant signedUpAt) {
        String eventId = UUID.randomUUID().toString();
        String payload = "{\"classId\":\"%s\",\"workerId\":\"%s\",\"status\":\"CONFIRMED\",\"waitlistPosition\":null,"
                .formatted(classId, workerId) + "\"signedUpAt\":\"" + signedUpAt + "\"}";
        String aggregateType = jdbc.queryForObject(
                "SELECT type FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0",
                String.class, classId);
        jdbc.update("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, 1, ?, ?, ?, ?, '1', ?, ?)""",
                classId, aggregateType, eventId, "{}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), TraineeSignedUpEvent.class.getName(),
                signedUpAt.toString());
        jdbc.update("""
                INSERT INTO sign_up_view (class_id, worker_id, status, signed_up_at, seat_seq, queue_seq)
                VALUES (?, ?, 'CONFIRMED', ?, 1, NULL)""", classId, workerId, Timestamp.from(signedUpAt));
        aggregateCache.remove(classId);
        return eventId;
    }
}
