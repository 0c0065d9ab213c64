package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.enrollment.RosterCapacityChangedEvent;
import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;

/**
 * A roster is kept in the aggregate cache between commands, so a sign-up does not read the class's history again,
 * and a refused command, which changes nothing, keeps it there: the benchmark found reloading it after every refused
 * sign-up on a popular class to be most of the command threads' CPU (BENCHMARKS.md). A roster another instance has
 * written to since it was cached is dropped by a refusal, as it would be by any other command.
 */
class AggregateCacheTest extends IntegrationTestSupport {

    @Autowired
    @Qualifier(AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
    Cache cache;

    @Autowired
    EventStore eventStore;

    @Test
    void a_roster_stays_cached_between_sign_ups_and_after_a_refused_one() {
        String palaceId = registerPalace();
        String classId = openClass(palaceId, 30);
        String workerId = registerWorker(palaceId);

        assertThat(signUp(classId, workerId).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(signUp(classId, registerWorker(palaceId)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Object cached = cache.get(classId);
        assertThat(cached).as("cached after two sign-ups").isNotNull();

        long stored = storedEvents();
        assertThat(signUp(classId, workerId).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((Object) cache.get(classId)).as("the same entry after a refused sign-up").isSameAs(cached);
        assertThat(storedEvents()).isEqualTo(stored);
        assertThat(signUp(classId, registerWorker(palaceId)).getBody().get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(roster(classId).get("confirmed")).hasSize(3);
    }

    @Test
    void a_refused_command_drops_a_roster_another_instance_wrote_to() {
        String palaceId = registerPalace();
        String classId = openClass(palaceId, 1);
        String workerId = registerWorker(palaceId);
        assertThat(signUp(classId, workerId).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((Object) cache.get(classId)).isNotNull();

        long last = eventStore.lastSequenceNumberFor(classId).orElseThrow();
        eventStore.publish(new GenericDomainEventMessage<>("Roster", classId, last + 1,
                new RosterCapacityChangedEvent(classId, 2)));
        assertThat(signUp(classId, workerId).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(cache.containsKey(classId)).as("cached after a refusal on a stale roster").isFalse();
        assertThat(signUp(classId, registerWorker(palaceId)).getBody().get("status").asText()).isEqualTo("CONFIRMED");
    }
}
