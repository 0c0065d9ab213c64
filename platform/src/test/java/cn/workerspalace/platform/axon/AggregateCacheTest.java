package cn.workerspalace.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import java.util.List;
import javax.cache.Caching;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Axon's own caching repository over {@link AggregateCache}: what a rolled-back unit of work leaves in the cache.
 */
class AggregateCacheTest {

    private static final String ID = "counter-1";

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
    private javax.cache.Cache<Object, Object> entries;
    private EventSourcingRepository<Counter> repository;

    @BeforeEach
    void createCounter() throws Exception {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setStoreByValue(false);
        entries = Caching.getCachingProvider("com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider")
                .getCacheManager().createCache("test-" + System.nanoTime(), configuration);
        repository = EventSourcingRepository.builder(Counter.class)
                .eventStore(eventStore)
                .cache(new AggregateCache(new JCacheAdapter(entries), () -> storage))
                .build();
        DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> repository.newInstance(() -> new Counter(ID)));
        add(1);
    }

    @AfterEach
    void stopStore() {
        eventStore.shutDown();
    }

    @Test
    void a_refusal_before_any_event_keeps_the_cached_aggregate() {
        Object cached = entries.get(ID);

        assertThatThrownBy(() -> add(-1)).hasMessage("refused");

        assertThat(entries.get(ID)).isSameAs(cached);
        add(2);
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void a_failure_after_an_applied_event_drops_the_cached_aggregate() {
        assertThatThrownBy(() -> inUnitOfWork(() -> {
            repository.load(ID).execute(counter -> counter.add(5));
            throw new IllegalStateException("failed after applying");
        })).hasMessage("failed after applying");

        assertThat(entries.containsKey(ID)).isFalse();
        assertThat(count()).as("the applied event is forgotten").isEqualTo(1);
    }

    @Test
    void a_refusal_drops_the_cached_aggregate_when_another_instance_stored_an_event_since() {
        storage.appendEvents(List.of(new GenericDomainEventMessage<>(Counter.class.getSimpleName(), ID, 2, new Added(10))));

        assertThatThrownBy(() -> add(-1)).hasMessage("refused");

        assertThat(entries.containsKey(ID)).isFalse();
        assertThat(count()).as("read from the store again").isEqualTo(11);
    }

    @Test
    void a_removal_outside_a_rollback_removes() {
        new AggregateCache(new JCacheAdapter(entries), () -> storage).remove(ID);

        assertThat(entries.containsKey(ID)).isFalse();
    }

    private void add(int amount) {
        inUnitOfWork(() -> repository.load(ID).execute(counter -> counter.add(amount)));
    }

    private int count() {
        int[] count = new int[1];
        inUnitOfWork(() -> repository.load(ID).execute(counter -> count[0] = counter.count));
        return count[0];
    }

    private static void inUnitOfWork(Runnable task) {
        DefaultUnitOfWork.startAndGet(null).execute(task);
    }

    record Created(String id) {
    }

    record Added(int amount) {
    }

    static class Counter {

        @AggregateIdentifier
        private String id;
        private int count;

        Counter() {
        }

        Counter(String id) {
            apply(new Created(id));
        }

        void add(int amount) {
            if (amount < 0) {
                throw new IllegalArgumentException("refused");
            }
            apply(new Added(amount));
        }

        @EventSourcingHandler
        void on(Created event) {
            id = event.id();
        }

        @EventSourcingHandler
        void on(Added event) {
            count += event.amount();
        }
    }
}
