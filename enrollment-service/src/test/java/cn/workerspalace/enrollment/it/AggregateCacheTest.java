package cn.workerspalace.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;

/**
 * A roster is kept in the aggregate cache between commands, so a sign-up does not read the class's history again.
 * A refused command rolls its unit of work back, and Axon then drops every aggregate it loaded from the cache (a
 * handler may have changed one before failing), so the next command on that class reads its history again: the
 * benchmark found that reload to be most of the command threads' CPU after refused sign-ups on popular classes
 * (BENCHMARKS.md). This test pins both behaviours, so that a change to either is noticed.
 */
class AggregateCacheTest extends IntegrationTestSupport {

    @Autowired
    @Qualifier(AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
    Cache cache;

    @Test
    void a_roster_stays_cached_between_sign_ups_and_is_dropped_after_a_refused_one() {
        String palaceId = registerPalace();
        String classId = openClass(palaceId, 30);
        awaitRoster(classId);
        String workerId = registerWorker(palaceId);

        assertThat(signUp(classId, workerId).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(signUp(classId, registerWorker(palaceId)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(cache.containsKey(classId)).as("cached after two sign-ups").isTrue();

        long stored = storedEvents();
        assertThat(signUp(classId, workerId).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(cache.containsKey(classId)).as("cached after a refused sign-up").isFalse();
        assertThat(storedEvents()).isEqualTo(stored);
        assertThat(signUp(classId, registerWorker(palaceId)).getBody().get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(roster(classId).get("confirmed")).hasSize(3);
    }
}
