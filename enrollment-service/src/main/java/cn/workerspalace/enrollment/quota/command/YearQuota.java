package cn.workerspalace.enrollment.quota.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.workerspalace.contracts.Revision;
import cn.workerspalace.contracts.degree.ApplicationLeftQuotaQueueEvent;
import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.CityAllocationSetEvent;
import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.contracts.degree.SubsidyPlaceReleasedEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.contracts.degree.SubsidyQuotaSetEvent;
import cn.workerspalace.enrollment.quota.api.AllocationBelowReservedException;
import cn.workerspalace.enrollment.quota.api.AllocationsExceedQuotaException;
import cn.workerspalace.enrollment.quota.api.SetCityAllocationCommand;
import cn.workerspalace.enrollment.quota.api.SetSubsidyQuotaCommand;
import cn.workerspalace.enrollment.quota.api.SubsidyQuotaIds;
import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import cn.workerspalace.platform.web.InvalidCommandException;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A year's subsidy quota (id {@code subsidy-quota-<year>}): the single consistency boundary for the year's places
 * (ADR 0003). It owns the total, the subsidy per place of each level, every city's allocation, the applications
 * holding a reserved place in each city and each city's first-in, first-out queue. Allocations are set by commands
 * of its own; reservations, releases and queue departures are asked for by the degree programme's review handler,
 * which loads this aggregate together with the application in one unit of work (one transaction).
 *
 * <p>A year collects tens of thousands of events, so the aggregate is cached and snapshotted; the snapshot is this
 * object as JSON (fields only), under the revision declared here: raise it whenever the fields change, and older
 * snapshots are ignored ({@link YearQuotaSnapshotting}).
 */
@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE,
        snapshotTriggerDefinition = YearQuotaSnapshotting.TRIGGER,
        snapshotFilter = YearQuotaSnapshotting.FILTER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class YearQuota {

    @AggregateIdentifier
    private String quotaId;
    private int year;
    private int places;
    private Map<DegreeLevel, BigDecimal> subsidyPerPlace;
    /** By city code; a city appears once it has an allocation or a queue. */
    private LinkedHashMap<String, CityQuota> cities = new LinkedHashMap<>();

    YearQuota() {
        // for Axon and for reading a snapshot
    }

    /** At least one place, and a subsidy above zero for every level. */
    @CommandHandler
    YearQuota(SetSubsidyQuotaCommand command) {
        if (command.places() < 1) {
            throw new InvalidCommandException("places", "must be at least 1");
        }
        for (DegreeLevel level : DegreeLevel.values()) {
            BigDecimal subsidy = command.subsidyPerPlace().get(level);
            if (subsidy == null || subsidy.signum() <= 0) {
                throw new InvalidCommandException("subsidyPerPlace." + level, "must be greater than 0");
            }
        }
        apply(new SubsidyQuotaSetEvent(command.year(), command.places(), Map.copyOf(command.subsidyPerPlace())));
    }

    /**
     * Never below the city's reserved places, never beyond the year's places together with the other cities'
     * allocations. A larger allocation gives the freed places to the city's queue at once, in order. The same
     * allocation again changes nothing.
     */
    @CommandHandler
    void handle(SetCityAllocationCommand command) {
        if (command.places() < 0) {
            throw new InvalidCommandException("places", "must be 0 or more");
        }
        String cityCode = command.cityCode();
        CityQuota city = cities.get(cityCode);
        int current = city == null ? 0 : city.allocation();
        int reserved = city == null ? 0 : city.reserved.size();
        if (command.places() < reserved) {
            throw new AllocationBelowReservedException(year, cityCode, command.places(), reserved);
        }
        int available = places - (allocated() - current);
        if (command.places() > available) {
            throw new AllocationsExceedQuotaException(year, cityCode, command.places(), available);
        }
        if (city == null || city.allocation == null || current != command.places()) {
            apply(new CityAllocationSetEvent(year, cityCode, current, command.places()));
        }
        fillFromQueue(cityCode);
    }

    /**
     * Reserves a place in the city for the application if one is free, otherwise puts it at the end of the city's
     * queue. Asking again for an application that holds a place or waits already changes nothing.
     */
    public Placement reserveOrQueue(String applicationId, String cityCode) {
        CityQuota city = cities.get(cityCode);
        if (city != null && city.reserved.contains(applicationId)) {
            return Placement.reserved();
        }
        if (city != null && city.queue.contains(applicationId)) {
            return Placement.queued(List.copyOf(city.queue).indexOf(applicationId) + 1);
        }
        if (city != null && city.hasFreePlace()) {
            apply(new SubsidyPlaceReservedEvent(year, cityCode, applicationId, false));
            return Placement.reserved();
        }
        int position = (city == null ? 0 : city.queue.size()) + 1;
        apply(new ApplicationQueuedForQuotaEvent(year, cityCode, applicationId, position));
        return Placement.queued(position);
    }

    /**
     * Gives back what the application holds: a reserved place returns to the city's allocation and goes to the head
     * of the queue at once; a queued application leaves the queue and those behind it move up. Only for an
     * application whose subsidy was never paid: a paid place stays used, and is never released.
     */
    public Release release(String applicationId, String cityCode) {
        CityQuota city = cities.get(cityCode);
        if (city != null && city.reserved.contains(applicationId)) {
            apply(new SubsidyPlaceReleasedEvent(year, cityCode, applicationId));
            fillFromQueue(cityCode);
            return Release.PLACE_RELEASED;
        }
        if (city != null && city.queue.contains(applicationId)) {
            apply(new ApplicationLeftQuotaQueueEvent(year, cityCode, applicationId));
            return Release.LEFT_QUEUE;
        }
        return Release.NOTHING_HELD;
    }

    /** The most a student of this level may be paid in all (yuan). */
    public BigDecimal subsidyPerPlace(DegreeLevel level) {
        return subsidyPerPlace.get(level);
    }

    private void fillFromQueue(String cityCode) {
        CityQuota city = cities.get(cityCode);
        while (city != null && city.hasFreePlace() && !city.queue.isEmpty()) {
            apply(new SubsidyPlaceReservedEvent(year, cityCode, city.queue.iterator().next(), true));
        }
    }

    private int allocated() {
        return cities.values().stream().mapToInt(CityQuota::allocation).sum();
    }

    // ---- read by tests of this package

    List<String> queueOf(String cityCode) {
        CityQuota city = cities.get(cityCode);
        return city == null ? List.of() : List.copyOf(city.queue);
    }

    List<String> reservedIn(String cityCode) {
        CityQuota city = cities.get(cityCode);
        return city == null ? List.of() : List.copyOf(city.reserved);
    }

    int allocationOf(String cityCode) {
        CityQuota city = cities.get(cityCode);
        return city == null ? 0 : city.allocation();
    }

    // ---- state

    @EventSourcingHandler
    void on(SubsidyQuotaSetEvent event) {
        quotaId = SubsidyQuotaIds.of(event.year());
        year = event.year();
        places = event.places();
        subsidyPerPlace = new LinkedHashMap<>(event.subsidyPerPlace());
    }

    @EventSourcingHandler
    void on(CityAllocationSetEvent event) {
        city(event.cityCode()).allocation = event.places();
    }

    @EventSourcingHandler
    void on(SubsidyPlaceReservedEvent event) {
        CityQuota city = city(event.cityCode());
        city.queue.remove(event.applicationId());
        city.reserved.add(event.applicationId());
    }

    @EventSourcingHandler
    void on(ApplicationQueuedForQuotaEvent event) {
        city(event.cityCode()).queue.add(event.applicationId());
    }

    @EventSourcingHandler
    void on(SubsidyPlaceReleasedEvent event) {
        city(event.cityCode()).reserved.remove(event.applicationId());
    }

    @EventSourcingHandler
    void on(ApplicationLeftQuotaQueueEvent event) {
        city(event.cityCode()).queue.remove(event.applicationId());
    }

    private CityQuota city(String cityCode) {
        return cities.computeIfAbsent(cityCode, code -> new CityQuota());
    }

    /** Where an application stands after {@link #reserveOrQueue}: a reserved place, or a 1-based queue position. */
    public record Placement(boolean placeReserved, Integer queuePosition) {

        static Placement reserved() {
            return new Placement(true, null);
        }

        static Placement queued(int position) {
            return new Placement(false, position);
        }
    }

    /** What {@link #release} gave back. */
    public enum Release {
        PLACE_RELEASED, LEFT_QUEUE, NOTHING_HELD
    }

    /**
     * One city's share of the year. Insertion-ordered sets: the queue's order is its first-in, first-out order, and
     * it survives the snapshot because the declared types are the ordered ones.
     */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static final class CityQuota {

        /** Null until the operations centre sets one (a city may queue applications before that). */
        private Integer allocation;
        private LinkedHashSet<String> reserved = new LinkedHashSet<>();
        private LinkedHashSet<String> queue = new LinkedHashSet<>();

        int allocation() {
            return allocation == null ? 0 : allocation;
        }

        boolean hasFreePlace() {
            return reserved.size() < allocation();
        }

        /** Equal state, the queue's order included (Axon's test fixture compares sourced and live state). */
        @Override
        public boolean equals(Object other) {
            return other instanceof CityQuota city && Objects.equals(allocation, city.allocation)
                    && reserved.equals(city.reserved) && List.copyOf(queue).equals(List.copyOf(city.queue));
        }

        @Override
        public int hashCode() {
            return Objects.hash(allocation, reserved, List.copyOf(queue));
        }
    }
}
