package cn.workerspalace.contracts;

import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.CourseCreatedEvent;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.course.ServicePointOpenedEvent;
import cn.workerspalace.contracts.degree.SubsidyQuotaSetEvent;
import cn.workerspalace.contracts.degree.CityAllocationSetEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReleasedEvent;
import cn.workerspalace.contracts.degree.ApplicationLeftQuotaQueueEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationApprovedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWaitingForQuotaEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationRejectedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationAdmittedEvent;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationGraduatedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.enrollment.AttendanceRecordedEvent;
import cn.workerspalace.contracts.enrollment.RosterCancelledEvent;
import cn.workerspalace.contracts.enrollment.RosterCapacityChangedEvent;
import cn.workerspalace.contracts.enrollment.RosterCompletedEvent;
import cn.workerspalace.contracts.enrollment.RosterOpenedEvent;
import cn.workerspalace.contracts.enrollment.SignUpCancelledEvent;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.contracts.enrollment.WaitlistedTraineePromotedEvent;
import cn.workerspalace.contracts.enrollment.WorkerPersonalDataErasedEvent;
import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every published event type, by the name an {@link EventEnvelope} carries in {@code type}. */
public final class EventTypes {

    public static final List<Class<? extends Record>> COURSE = List.of(
            PalaceRegisteredEvent.class,
            ServicePointOpenedEvent.class,
            CourseCreatedEvent.class,
            ClassOpenedEvent.class,
            ClassCapacityChangedEvent.class,
            ClassCancelledEvent.class,
            ClassCompletedEvent.class);

    public static final List<Class<? extends Record>> ENROLLMENT = List.of(
            WorkerRegisteredEvent.class,
            WorkerPersonalDataErasedEvent.class,
            RosterOpenedEvent.class,
            TraineeSignedUpEvent.class,
            SignUpCancelledEvent.class,
            WaitlistedTraineePromotedEvent.class,
            RosterCapacityChangedEvent.class,
            RosterCancelledEvent.class,
            RosterCompletedEvent.class,
            AttendanceRecordedEvent.class);

    /** The degree programme's events; enrollment-service publishes them on the same topic as its other events. */
    public static final List<Class<? extends Record>> DEGREE = List.of(
            SubsidyQuotaSetEvent.class,
            CityAllocationSetEvent.class,
            SubsidyPlaceReservedEvent.class,
            ApplicationQueuedForQuotaEvent.class,
            SubsidyPlaceReleasedEvent.class,
            ApplicationLeftQuotaQueueEvent.class,
            DegreeApplicationSubmittedEvent.class,
            DegreeApplicationApprovedEvent.class,
            DegreeApplicationWaitingForQuotaEvent.class,
            DegreeApplicationRejectedEvent.class,
            DegreeApplicationAdmittedEvent.class,
            SubsidyPaidEvent.class,
            DegreeApplicationGraduatedEvent.class,
            DegreeApplicationWithdrawnEvent.class);

    private static final Map<String, Class<? extends Record>> BY_NAME =
            Stream.of(COURSE, ENROLLMENT, DEGREE).flatMap(List::stream)
                    .collect(Collectors.toUnmodifiableMap(EventTypes::nameOf, Function.identity()));

    private EventTypes() {
    }

    /** The name an envelope uses for this payload type. */
    public static String nameOf(Class<?> type) {
        return type.getSimpleName();
    }

    /** The revision declared on the payload type, or "1" where none is declared. */
    public static String revisionOf(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        return revision == null ? "1" : revision.value();
    }

    public static Optional<Class<? extends Record>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
