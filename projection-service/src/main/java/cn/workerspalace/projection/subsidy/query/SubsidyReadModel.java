package cn.workerspalace.projection.subsidy.query;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.degree.ApplicationLeftQuotaQueueEvent;
import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.CityAllocationSetEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationApprovedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationGraduatedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWaitingForQuotaEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReleasedEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.contracts.degree.SubsidyQuotaSetEvent;
import cn.workerspalace.projection.ingest.EventHandlers;
import cn.workerspalace.projection.ingest.ReadModel;
import cn.workerspalace.projection.ingest.ReadModelWrites;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tables {@code subsidy_quota} and {@code subsidy_fact}. The year's quota events (one aggregate per year) carry
 * their year and city and arrive in order; reserved and waiting move only with them, so those figures are exact at
 * every moment even while an application's own status follows a moment later. Payments, graduations and
 * withdrawals take the year and city of their application.
 */
@Component
class SubsidyReadModel implements ReadModel {

    private final ReadModelWrites writes;

    SubsidyReadModel(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public void subscribe(EventHandlers handlers) {
        handlers.onEnvelope(SubsidyQuotaSetEvent.class, this::on)
                .onEnvelope(CityAllocationSetEvent.class, (event, envelope) -> cityFact(envelope, null,
                        event.year(), event.cityCode(), Fact.allocation(event.places() - event.previousPlaces())))
                .onEnvelope(SubsidyPlaceReservedEvent.class, (event, envelope) -> cityFact(envelope,
                        event.applicationId(), event.year(), event.cityCode(), Fact.reservation(event.fromQueue())))
                .onEnvelope(SubsidyPlaceReleasedEvent.class, (event, envelope) -> cityFact(envelope,
                        event.applicationId(), event.year(), event.cityCode(), Fact.release()))
                .onEnvelope(ApplicationQueuedForQuotaEvent.class, (event, envelope) -> cityFact(envelope,
                        event.applicationId(), event.year(), event.cityCode(), Fact.queueing()))
                .onEnvelope(ApplicationLeftQuotaQueueEvent.class, (event, envelope) -> cityFact(envelope,
                        event.applicationId(), event.year(), event.cityCode(), Fact.queueLeaving()))
                .onEnvelope(SubsidyPaidEvent.class, (event, envelope) -> applicationFact(envelope,
                        event.applicationId(), Fact.payment(isFirstPayment(event), event.amount())))
                .onEnvelope(DegreeApplicationGraduatedEvent.class, (event, envelope) -> applicationFact(envelope,
                        event.applicationId(), Fact.graduation()))
                .onEnvelope(DegreeApplicationWithdrawnEvent.class, (event, envelope) -> applicationFact(envelope,
                        event.applicationId(), Fact.withdrawal()))
                .on(DegreeApplicationSubmittedEvent.class,
                        event -> resolve(event.applicationId(), event.year(), event.cityCode()))
                .on(DegreeApplicationApprovedEvent.class,
                        event -> resolve(event.applicationId(), event.year(), event.cityCode()))
                .on(DegreeApplicationWaitingForQuotaEvent.class,
                        event -> resolve(event.applicationId(), event.year(), event.cityCode()));
    }

    void on(SubsidyQuotaSetEvent event, EventEnvelope<Record> envelope) {
        // the quota is set once a year; were it set again, the fact moves the figure by the difference
        Map<DegreeLevel, BigDecimal> subsidy = event.subsidyPerPlace() == null ? Map.of() : event.subsidyPerPlace();
        writes.write("""
                        insert into subsidy_fact (event_id, event_type, year, occurred_at, d_quota)
                        values (?, ?, ?, ?, ? - coalesce((select places from subsidy_quota where year = ?), 0))
                        on conflict (event_id) do nothing
                        """,
                envelope.eventId(), envelope.type(), event.year(), Timestamp.from(envelope.timestamp()),
                        event.places(), event.year());
        writes.upsert(event.year(), """
                        insert into subsidy_quota (year, places, subsidy_junior_college, subsidy_bachelor, set_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (year) do update set places = excluded.places,
                            subsidy_junior_college = excluded.subsidy_junior_college,
                            subsidy_bachelor = excluded.subsidy_bachelor, set_at = excluded.set_at
                        """,
                event.year(), event.places(), subsidy.get(DegreeLevel.JUNIOR_COLLEGE),
                        subsidy.get(DegreeLevel.BACHELOR), Timestamp.from(envelope.timestamp()));
    }

    /** A fact of the year's quota aggregate, which names its year and city itself. */
    private void cityFact(EventEnvelope<Record> envelope, String applicationId, int year, String cityCode, Fact fact) {
        writes.write("""
                        insert into subsidy_fact (event_id, event_type, application_id, year, city_code, occurred_at,
                            d_allocated, d_reserved, d_waiting)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (event_id) do nothing
                        """,
                envelope.eventId(), envelope.type(), applicationId, year, cityCode,
                        Timestamp.from(envelope.timestamp()), fact.allocated(), fact.reserved(), fact.waiting());
    }

    /** A fact of an application: year and city are its submission's, still null if that has not arrived. */
    private void applicationFact(EventEnvelope<Record> envelope, String applicationId, Fact fact) {
        writes.write("""
                        insert into subsidy_fact (event_id, event_type, application_id, year, city_code, occurred_at,
                            d_paid_places, d_paid_amount, d_graduated, d_withdrawn)
                        select ?, ?, ?, a.year, a.city_code, ?, ?, ?, ?, ?
                        from (values (?)) as fact (application_id)
                        left join degree_application a on a.application_id = fact.application_id
                        on conflict (event_id) do nothing
                        """,
                envelope.eventId(), envelope.type(), applicationId, Timestamp.from(envelope.timestamp()),
                        fact.paidPlaces(), fact.paidAmount(), fact.graduated(), fact.withdrawn(), applicationId);
    }

    /** Gives the application's year and city to its facts that came before them. */
    private void resolve(String applicationId, int year, String cityCode) {
        writes.write("""
                        update subsidy_fact set year = ?, city_code = ?
                        where application_id = ? and year is null
                        """,
                year, cityCode, applicationId);
    }

    /** The payment that makes the running total equal to itself is the application's first. */
    private static boolean isFirstPayment(SubsidyPaidEvent event) {
        return event.amount() != null && event.totalPaid() != null && event.amount().compareTo(event.totalPaid()) == 0;
    }
}
