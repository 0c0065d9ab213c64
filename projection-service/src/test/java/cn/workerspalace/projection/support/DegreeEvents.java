package cn.workerspalace.projection.support;

import cn.workerspalace.contracts.degree.ApplicationLeftQuotaQueueEvent;
import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.CityAllocationSetEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationAdmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationApprovedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationGraduatedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationRejectedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWaitingForQuotaEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReleasedEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.contracts.degree.SubsidyQuotaSetEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Emits the degree programme's events as enrollment-service does: the year's quota aggregate
 * ({@code subsidy-quota-<year>}) owns allocations, reservations and the queues; each application is an aggregate of
 * its own. A transition that changes both emits the quota's event and the application's, as one command would.
 * Where the events go is up to the caller: Kafka ({@link #through(EventPublisher)}) or straight to the applier.
 */
public final class DegreeEvents {

    public static final BigDecimal JUNIOR_COLLEGE_SUBSIDY = new BigDecimal("4000");
    public static final BigDecimal BACHELOR_SUBSIDY = new BigDecimal("6000");
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private final BiConsumer<String, Record> sink;
    private final Map<String, BigDecimal> paid = new HashMap<>();

    public DegreeEvents(BiConsumer<String, Record> sink) {
        this.sink = sink;
    }

    public static DegreeEvents through(EventPublisher publisher) {
        return new DegreeEvents(publisher::publish);
    }

    public static String quotaOf(int year) {
        return "subsidy-quota-" + year;
    }

    public void quota(int year, int places) {
        sink.accept(quotaOf(year), new SubsidyQuotaSetEvent(year, places,
                Map.of(DegreeLevel.JUNIOR_COLLEGE, JUNIOR_COLLEGE_SUBSIDY, DegreeLevel.BACHELOR, BACHELOR_SUBSIDY)));
    }

    public void allocation(int year, String cityCode, int previousPlaces, int places) {
        sink.accept(quotaOf(year), new CityAllocationSetEvent(year, cityCode, previousPlaces, places));
    }

    /** A new application of a worker of a palace in {@code cityCode}; answers its id. */
    public String submitted(int year, String cityCode) {
        String application = "app-" + UUID.randomUUID();
        sink.accept(application, new DegreeApplicationSubmittedEvent(application, "worker-" + application, year,
                DegreeLevel.JUNIOR_COLLEGE, "山东开放大学", "行政管理", "palace-" + cityCode, cityCode, T));
        return application;
    }

    /** Approved with a free place: the place is reserved, the application approved. */
    public void approved(String application, int year, String cityCode) {
        sink.accept(quotaOf(year), new SubsidyPlaceReservedEvent(year, cityCode, application, false));
        sink.accept(application, new DegreeApplicationApprovedEvent(application, year, cityCode, T));
    }

    /** Approved without a free place: the application joins the city's queue. */
    public void queued(String application, int year, String cityCode, int position) {
        sink.accept(quotaOf(year), new ApplicationQueuedForQuotaEvent(year, cityCode, application, position));
        sink.accept(application, new DegreeApplicationWaitingForQuotaEvent(application, year, cityCode, T));
    }

    /** A place freed up and went to this waiting application. */
    public void promoted(String application, int year, String cityCode) {
        sink.accept(quotaOf(year), new SubsidyPlaceReservedEvent(year, cityCode, application, true));
        sink.accept(application, new DegreeApplicationApprovedEvent(application, year, cityCode, T));
    }

    public void rejected(String application) {
        sink.accept(application, new DegreeApplicationRejectedEvent(application, "不符合条件", T));
    }

    public void rejectedWhileWaiting(String application, int year, String cityCode) {
        sink.accept(quotaOf(year), new ApplicationLeftQuotaQueueEvent(year, cityCode, application));
        rejected(application);
    }

    public void admitted(String application) {
        sink.accept(application, new DegreeApplicationAdmittedEvent(application, T));
    }

    public void paid(String application, String amount) {
        BigDecimal instalment = new BigDecimal(amount);
        BigDecimal total = paid.merge(application, instalment, BigDecimal::add);
        sink.accept(application, new SubsidyPaidEvent(application, "pay-" + UUID.randomUUID(), instalment, total, T));
    }

    public void graduated(String application) {
        sink.accept(application, new DegreeApplicationGraduatedEvent(application, T));
    }

    /** Withdrawn holding a place not yet paid: the place goes back to the city's allocation. */
    public void withdrawnUnpaid(String application, int year, String cityCode) {
        sink.accept(quotaOf(year), new SubsidyPlaceReleasedEvent(year, cityCode, application));
        sink.accept(application, new DegreeApplicationWithdrawnEvent(application, "工作调动", true, T));
    }

    /** Withdrawn after a payment, or before review: no place goes back. */
    public void withdrawnKeepingNoPlaceBack(String application) {
        sink.accept(application, new DegreeApplicationWithdrawnEvent(application, "工作调动", false, T));
    }

    public void withdrawnWhileWaiting(String application, int year, String cityCode) {
        sink.accept(quotaOf(year), new ApplicationLeftQuotaQueueEvent(year, cityCode, application));
        withdrawnKeepingNoPlaceBack(application);
    }
}
