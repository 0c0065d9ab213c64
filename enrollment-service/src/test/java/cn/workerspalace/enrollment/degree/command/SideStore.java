package cn.workerspalace.enrollment.degree.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;

/**
 * The second aggregate of a {@link DegreeReviewHandler} test: an in-memory event store and repository beside the
 * fixture's, so the fixture checks one aggregate's events and this store shows what the handler did to the other
 * in the same unit of work (nothing, when the fixture's command was refused).
 */
final class SideStore<T> {

    private final Class<T> type;
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final Repository<T> repository;
    private final Map<String, Long> given = new HashMap<>();

    SideStore(Class<T> type) {
        this.type = type;
        this.repository = EventSourcingRepository.builder(type).eventStore(store).build();
    }

    Repository<T> repository() {
        return repository;
    }

    SideStore<T> given(String aggregateId, Object... events) {
        for (Object event : events) {
            long sequence = given.merge(aggregateId, 1L, Long::sum) - 1;
            store.publish(new GenericDomainEventMessage<>(type.getSimpleName(), aggregateId, sequence, event));
        }
        return this;
    }

    /** The payloads stored for the aggregate after the given ones. */
    List<Object> newEvents(String aggregateId) {
        long givenCount = given.getOrDefault(aggregateId, 0L);
        List<Object> payloads = new ArrayList<>();
        store.readEvents(aggregateId).asStream()
                .filter(event -> event.getSequenceNumber() >= givenCount)
                .map(DomainEventMessage::getPayload)
                .forEach(payloads::add);
        return payloads;
    }
}
