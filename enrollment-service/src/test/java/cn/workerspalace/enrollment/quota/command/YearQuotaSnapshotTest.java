package cn.workerspalace.enrollment.quota.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.enrollment.it.DegreeTestSupport;
import cn.workerspalace.enrollment.quota.api.SetCityAllocationCommand;
import cn.workerspalace.enrollment.quota.api.SubsidyQuotaIds;
import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;

/**
 * A year's quota is snapshotted every 250 events, and a cold load starts from the snapshot: the snapshot read back
 * through the serializer holds the whole state (the queue in its order included), and commands after the cache was
 * emptied decide on it.
 */
class YearQuotaSnapshotTest extends DegreeTestSupport {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    @Qualifier(AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
    private Cache aggregateCache;

    @Test
    void a_quota_with_hundreds_of_events_is_loaded_from_its_snapshot() {
        int year = newYear();
        String city = newCityCode();
        String otherCity = newCityCode();
        String palaceId = registerCity(city);
        registerCity(otherCity);
        setQuota(year, 1000);
        allocate(year, city, 0);
        // queued in an order that a hash set would not keep
        List<String> queue = List.of("snap-" + year + "-c", "snap-" + year + "-b", "snap-" + year + "-a");
        for (String id : queue) {
            Map<String, Object> body = new java.util.HashMap<>(applicationBody(registerWorker(palaceId, true), year,
                    "BACHELOR"));
            body.put("id", id);
            assertThat(post("/api/degree-applications", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(step(id, "approve").getBody().get("status").asText()).isEqualTo("WAITING_FOR_QUOTA");
        }
        String quotaId = SubsidyQuotaIds.of(year);
        for (int i = 1; i <= 250; i++) {
            commands.sendAndWait(new SetCityAllocationCommand(year, otherCity, i));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Integer.class, quotaId) > 0);

        aggregateCache.remove(quotaId);
        DomainEventMessage<?> first = eventStore.readEvents(quotaId).next();
        assertThat(first.getPayload()).isInstanceOf(YearQuota.class);
        assertThat(first.getSequenceNumber()).isGreaterThanOrEqualTo(249);
        YearQuota snapshot = (YearQuota) first.getPayload();
        assertThat(snapshot.queueOf(city)).containsExactlyElementsOf(queue);
        assertThat(snapshot.allocationOf(otherCity)).isEqualTo((int) first.getSequenceNumber() - 4);
        assertThat(snapshot.subsidyPerPlace(cn.workerspalace.contracts.degree.DegreeLevel.BACHELOR))
                .isEqualByComparingTo("4000");

        assertThat(allocate(year, city, 751).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(allocate(year, city, 2).getStatusCode()).isEqualTo(HttpStatus.OK);

        List<JsonNode> reserved = storedPayloads(quotaId, SubsidyPlaceReservedEvent.class);
        assertThat(reserved).extracting(r -> r.get("applicationId").asText())
                .containsExactlyElementsOf(queue.subList(0, 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(queue.get(1)).equals("APPROVED"));
        assertThat(statusOf(queue.get(0))).isEqualTo("APPROVED");
        assertThat(application(queue.get(2)).get("queuePosition").asInt()).isEqualTo(1);
    }
}
