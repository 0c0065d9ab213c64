package cn.workerspalace.platform.axon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The aggregate cache, which keeps an aggregate through a rolled-back unit of work that left it as stored.
 *
 * <p>Axon drops every aggregate a unit of work took from the cache when that unit of work rolls back, since a handler
 * may have applied events to it before failing. Most rollbacks here are refusals (a second sign-up, a full waiting
 * list) raised before any event is applied, and dropping the roster of a popular class made the next sign-up read its
 * whole history again (BENCHMARKS.md). An aggregate changes only by applying events, so it is kept when its version is
 * still the one it was taken at (nothing applied) and still the last one stored (no other instance wrote since);
 * anything else, or a failure to tell, drops it as Axon would.
 */
final class AggregateCache implements Cache {

    private final Cache entries;
    private final Supplier<EventStorageEngine> storage;
    private final String versionsTakenResource =
            AggregateCache.class.getName() + "@" + System.identityHashCode(this);

    /** {@code entries} must hold values by reference: the version is read from the aggregate an entry holds. */
    AggregateCache(Cache entries, Supplier<EventStorageEngine> storage) {
        this.entries = entries;
        this.storage = storage;
    }

    @Override
    public <K, V> V get(K key) {
        V value = entries.get(key);
        if (value != null && CurrentUnitOfWork.isStarted()) {
            version(value).ifPresent(version -> versionsTaken(CurrentUnitOfWork.get()).putIfAbsent(key, version));
        }
        return value;
    }

    @Override
    public boolean remove(Object key) {
        return !unchangedThroughRollback(key) && entries.remove(key);
    }

    private boolean unchangedThroughRollback(Object key) {
        if (!CurrentUnitOfWork.isStarted() || CurrentUnitOfWork.get().phase() != UnitOfWork.Phase.ROLLBACK) {
            return false;
        }
        Long taken = versionsTaken(CurrentUnitOfWork.get()).get(key);
        if (taken == null || !version(entries.get(key)).equals(Optional.of(taken))) {
            return false;
        }
        try {
            // rollback handlers run last-registered first, so this still runs in the command's transaction
            return storage.get().lastSequenceNumberFor(key.toString()).equals(Optional.of(taken));
        } catch (RuntimeException cannotTell) {
            return false;
        }
    }

    private Map<Object, Long> versionsTaken(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(versionsTakenResource, name -> new HashMap<>());
    }

    private static Optional<Long> version(Object value) {
        if (value instanceof AggregateCacheEntry<?> entry) {
            // an entry held by reference returns the aggregate it was made of, whose version follows applied events
            return Optional.ofNullable(entry.recreateAggregate(null, null, null)).map(aggregate -> aggregate.version());
        }
        return Optional.empty();
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value);
    }

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return entries.computeIfAbsent(key, valueSupplier);
    }

    @Override
    public void removeAll() {
        entries.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return entries.registerCacheEntryListener(cacheEntryListener);
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, update);
    }
}
