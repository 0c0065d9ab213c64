package cn.workerspalace.localstack.consistency;

import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.degree.CityAllocationSetEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationAdmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationApprovedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationGraduatedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationRejectedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWaitingForQuotaEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.contracts.degree.SubsidyQuotaSetEvent;
import cn.workerspalace.contracts.enrollment.AttendanceRecordedEvent;
import cn.workerspalace.contracts.enrollment.RosterCancelledEvent;
import cn.workerspalace.contracts.enrollment.RosterCompletedEvent;
import cn.workerspalace.contracts.enrollment.SignUpCancelledEvent;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.contracts.enrollment.WaitlistedTraineePromotedEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The write side's events folded into the figures, straight from api.md's "Meaning of the figures": the state of
 * every class, sign-up and application as it stands after the last event, then counted per palace, city and year.
 */
final class WriteSideFold {

    /** The figures each answer holds, by their names in projection-service's JSON (api.md). */
    static final String[] PALACE_FIGURES = {"courses", "classesOpened", "classesCancelled", "classesCompleted",
        "lessons", "seats", "confirmed", "waitlisted", "attendances", "distinctTrainees", "completions"};
    static final String[] SUBSIDY_FIGURES = {"allocated", "reserved", "waiting", "paidPlaces", "paidAmount",
        "graduated", "withdrawn", "remaining"};
    static final String[] TRAINEE_FIGURES = {"distinctTrainees", "personTimes", "completions", "degreeStudents"};

    private static final int COURSES = 0;
    private static final int CLASSES_OPENED = 1;
    private static final int CLASSES_CANCELLED = 2;
    private static final int CLASSES_COMPLETED = 3;
    private static final int LESSONS = 4;
    private static final int SEATS = 5;
    private static final int CONFIRMED = 6;
    private static final int WAITLISTED = 7;
    private static final int ATTENDANCES = 8;
    private static final int DISTINCT_TRAINEES = 9;
    private static final int COMPLETIONS = 10;
    private static final int TRAINEES = 0;
    private static final int PERSON_TIMES = 1;
    private static final int CITY_COMPLETIONS = 2;
    private static final int DEGREE_STUDENTS = 3;

    private enum ClassStatus { OPEN, CANCELLED, COMPLETED }

    private enum ApplicationStatus { SUBMITTED, APPROVED, WAITING_FOR_QUOTA, REJECTED, ADMITTED, GRADUATED, WITHDRAWN }

    private static final class Clazz {
        final String palaceId;
        final String courseId;
        final int year;
        final int lessons;
        int capacity;
        ClassStatus status = ClassStatus.OPEN;

        Clazz(ClassOpenedEvent opened) {
            palaceId = opened.palaceId();
            courseId = opened.courseId();
            year = opened.year();
            lessons = opened.lessons().size();
            capacity = opened.capacity();
        }
    }

    private static final class Application {
        final int year;
        final String cityCode;
        ApplicationStatus status = ApplicationStatus.SUBMITTED;
        int payments;
        BigDecimal paid = BigDecimal.ZERO;

        Application(DegreeApplicationSubmittedEvent submitted) {
            year = submitted.year();
            cityCode = submitted.cityCode();
        }
    }

    private record Attendance(String classId, String workerId) {
    }

    private final Map<String, String> palaceCities = new HashMap<>();
    private final Map<String, Clazz> classes = new HashMap<>();
    /** class id -> worker id -> CONFIRMED or WAITLISTED; a sign-up cancelled or ended is removed */
    private final Map<String, Map<String, SignUpStatus>> signUps = new HashMap<>();
    private final List<Attendance> attendances = new ArrayList<>();
    private final Map<String, Application> applications = new HashMap<>();
    private final Map<Integer, Integer> quotas = new HashMap<>();
    private final Map<Integer, Map<String, Integer>> allocations = new HashMap<>();

    static WriteSideFold of(List<Record> courseEvents, List<Record> enrollmentEvents) {
        WriteSideFold fold = new WriteSideFold();
        courseEvents.forEach(fold::apply);
        enrollmentEvents.forEach(fold::apply);
        return fold;
    }

    private void apply(Record event) {
        if (event instanceof PalaceRegisteredEvent e) {
            palaceCities.put(e.palaceId(), e.cityCode());
        } else if (event instanceof ClassOpenedEvent e) {
            classes.put(e.classId(), new Clazz(e));
        } else if (event instanceof ClassCapacityChangedEvent e) {
            classes.get(e.classId()).capacity = e.capacity();
        } else if (event instanceof ClassCancelledEvent e) {
            classes.get(e.classId()).status = ClassStatus.CANCELLED;
        } else if (event instanceof ClassCompletedEvent e) {
            classes.get(e.classId()).status = ClassStatus.COMPLETED;
        } else if (event instanceof TraineeSignedUpEvent e) {
            rosterOf(e.classId()).put(e.workerId(), e.status());
        } else if (event instanceof SignUpCancelledEvent e) {
            rosterOf(e.classId()).remove(e.workerId());
        } else if (event instanceof WaitlistedTraineePromotedEvent e) {
            rosterOf(e.classId()).put(e.workerId(), SignUpStatus.CONFIRMED);
        } else if (event instanceof RosterCancelledEvent e) {
            rosterOf(e.classId()).clear();
        } else if (event instanceof RosterCompletedEvent e) {
            e.endedWaitlistedWorkerIds().forEach(rosterOf(e.classId())::remove);
        } else if (event instanceof AttendanceRecordedEvent e) {
            attendances.add(new Attendance(e.classId(), e.workerId()));
        } else {
            applyDegree(event);
        }
    }

    private void applyDegree(Record event) {
        if (event instanceof SubsidyQuotaSetEvent e) {
            quotas.put(e.year(), e.places());
        } else if (event instanceof CityAllocationSetEvent e) {
            allocations.computeIfAbsent(e.year(), ignored -> new HashMap<>()).put(e.cityCode(), e.places());
        } else if (event instanceof DegreeApplicationSubmittedEvent e) {
            applications.put(e.applicationId(), new Application(e));
        } else if (event instanceof DegreeApplicationApprovedEvent e) {
            applications.get(e.applicationId()).status = ApplicationStatus.APPROVED;
        } else if (event instanceof DegreeApplicationWaitingForQuotaEvent e) {
            applications.get(e.applicationId()).status = ApplicationStatus.WAITING_FOR_QUOTA;
        } else if (event instanceof DegreeApplicationRejectedEvent e) {
            applications.get(e.applicationId()).status = ApplicationStatus.REJECTED;
        } else if (event instanceof DegreeApplicationAdmittedEvent e) {
            applications.get(e.applicationId()).status = ApplicationStatus.ADMITTED;
        } else if (event instanceof DegreeApplicationGraduatedEvent e) {
            applications.get(e.applicationId()).status = ApplicationStatus.GRADUATED;
        } else if (event instanceof DegreeApplicationWithdrawnEvent e) {
            applications.get(e.applicationId()).status = ApplicationStatus.WITHDRAWN;
        } else if (event instanceof SubsidyPaidEvent e) {
            Application application = applications.get(e.applicationId());
            application.payments++;
            application.paid = application.paid.add(e.amount());
        }
    }

    private Map<String, SignUpStatus> rosterOf(String classId) {
        return signUps.computeIfAbsent(classId, ignored -> new HashMap<>());
    }

    /** Every year with a class, a quota, an allocation or an application. */
    Set<Integer> years() {
        Set<Integer> years = new TreeSet<>(quotas.keySet());
        years.addAll(allocations.keySet());
        classes.values().forEach(clazz -> years.add(clazz.year));
        applications.values().forEach(application -> years.add(application.year));
        return years;
    }

    /** {@code GET /api/stats/palaces?year=Y}, per palace. */
    void palaces(int year, Figures figures) {
        Map<String, Set<String>> courses = new HashMap<>();
        Map<String, Set<String>> trainees = new HashMap<>();
        Map<String, long[]> counts = new HashMap<>();
        for (Map.Entry<String, Clazz> entry : classes.entrySet()) {
            Clazz clazz = entry.getValue();
            if (clazz.year != year) {
                continue;
            }
            long[] palace = counts.computeIfAbsent(clazz.palaceId, ignored -> new long[PALACE_FIGURES.length]);
            courses.computeIfAbsent(clazz.palaceId, ignored -> new HashSet<>()).add(clazz.courseId);
            palace[CLASSES_OPENED]++;
            if (clazz.status == ClassStatus.CANCELLED) {
                palace[CLASSES_CANCELLED]++;
                continue;
            }
            palace[LESSONS] += clazz.lessons;
            palace[SEATS] += clazz.capacity;
            for (Map.Entry<String, SignUpStatus> signUp : rosterOf(entry.getKey()).entrySet()) {
                if (signUp.getValue() == SignUpStatus.WAITLISTED) {
                    palace[WAITLISTED]++;
                } else {
                    palace[CONFIRMED]++;
                    trainees.computeIfAbsent(clazz.palaceId, ignored -> new HashSet<>()).add(signUp.getKey());
                    if (clazz.status == ClassStatus.COMPLETED) {
                        palace[COMPLETIONS]++;
                    }
                }
            }
            if (clazz.status == ClassStatus.COMPLETED) {
                palace[CLASSES_COMPLETED]++;
            }
        }
        for (Attendance attendance : attendances) {
            Clazz clazz = classes.get(attendance.classId());
            if (clazz != null && clazz.year == year) {
                counts.computeIfAbsent(clazz.palaceId, ignored -> new long[PALACE_FIGURES.length])[ATTENDANCES]++;
                trainees.computeIfAbsent(clazz.palaceId, ignored -> new HashSet<>()).add(attendance.workerId());
            }
        }
        counts.forEach((palaceId, palace) -> {
            String where = "palaces " + year + " palace " + palaceId;
            palace[COURSES] = courses.get(palaceId).size();
            palace[DISTINCT_TRAINEES] = trainees.getOrDefault(palaceId, Set.of()).size();
            for (int i = 0; i < PALACE_FIGURES.length; i++) {
                figures.put(where, PALACE_FIGURES[i], palace[i]);
            }
        });
    }

    /** {@code GET /api/stats/subsidy?year=Y}: the province, and each city of the year's allocations or applications. */
    void subsidy(int year, Figures figures) {
        Map<String, Integer> allocated = allocations.getOrDefault(year, Map.of());
        Map<String, Map<String, BigDecimal>> cities = new HashMap<>();
        allocated.forEach((city, places) -> cityFigures(cities, city).merge("allocated",
                BigDecimal.valueOf(places), BigDecimal::add));
        for (Application application : applications.values()) {
            if (application.year != year) {
                continue;
            }
            Map<String, BigDecimal> city = cityFigures(cities, application.cityCode);
            boolean paid = application.payments > 0;
            ApplicationStatus status = application.status;
            boolean holdsPlace = status == ApplicationStatus.APPROVED || status == ApplicationStatus.ADMITTED
                    || status == ApplicationStatus.GRADUATED || status == ApplicationStatus.WITHDRAWN && paid;
            count(city, "reserved", holdsPlace);
            count(city, "waiting", status == ApplicationStatus.WAITING_FOR_QUOTA);
            count(city, "paidPlaces", paid);
            city.merge("paidAmount", application.paid, BigDecimal::add);
            count(city, "graduated", status == ApplicationStatus.GRADUATED);
            count(city, "withdrawn", status == ApplicationStatus.WITHDRAWN);
        }
        Map<String, BigDecimal> province = new HashMap<>();
        cities.forEach((cityCode, city) -> {
            city.put("remaining", city.getOrDefault("allocated", BigDecimal.ZERO)
                    .subtract(city.getOrDefault("reserved", BigDecimal.ZERO)));
            for (String name : SUBSIDY_FIGURES) {
                BigDecimal value = city.getOrDefault(name, BigDecimal.ZERO);
                figures.put("subsidy " + year + " city " + cityCode, name, value);
                province.merge(name, value, BigDecimal::add);
            }
        });
        figures.put("subsidy " + year, "quota", quotas.getOrDefault(year, 0));
        for (String name : SUBSIDY_FIGURES) {
            figures.put("subsidy " + year, name, province.getOrDefault(name, BigDecimal.ZERO));
        }
    }

    private static Map<String, BigDecimal> cityFigures(Map<String, Map<String, BigDecimal>> cities, String city) {
        return cities.computeIfAbsent(city, ignored -> new HashMap<>());
    }

    private static void count(Map<String, BigDecimal> figures, String name, boolean counted) {
        figures.merge(name, counted ? BigDecimal.ONE : BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * {@code GET /api/stats/trainees?year=Y}: each city (of the class's palace; of the application for degree
     * students) and the province, where a worker training in two cities counts once.
     */
    void trainees(int year, Figures figures) {
        Map<String, Set<String>> trainees = new HashMap<>();
        Map<String, long[]> cities = new HashMap<>();
        for (Map.Entry<String, Clazz> entry : classes.entrySet()) {
            Clazz clazz = entry.getValue();
            if (clazz.year != year || clazz.status == ClassStatus.CANCELLED) {
                continue;
            }
            String city = palaceCities.get(clazz.palaceId);
            for (Map.Entry<String, SignUpStatus> signUp : rosterOf(entry.getKey()).entrySet()) {
                if (signUp.getValue() == SignUpStatus.CONFIRMED) {
                    trainees.computeIfAbsent(city, ignored -> new HashSet<>()).add(signUp.getKey());
                    if (clazz.status == ClassStatus.COMPLETED) {
                        cities.computeIfAbsent(city, ignored -> new long[TRAINEE_FIGURES.length])[CITY_COMPLETIONS]++;
                    }
                }
            }
        }
        for (Attendance attendance : attendances) {
            Clazz clazz = classes.get(attendance.classId());
            if (clazz != null && clazz.year == year) {
                String city = palaceCities.get(clazz.palaceId);
                trainees.computeIfAbsent(city, ignored -> new HashSet<>()).add(attendance.workerId());
                cities.computeIfAbsent(city, ignored -> new long[TRAINEE_FIGURES.length])[PERSON_TIMES]++;
            }
        }
        for (Application application : applications.values()) {
            if (application.year == year && (application.status == ApplicationStatus.ADMITTED
                    || application.status == ApplicationStatus.GRADUATED)) {
                cities.computeIfAbsent(application.cityCode, ignored -> new long[TRAINEE_FIGURES.length])[DEGREE_STUDENTS]++;
            }
        }
        trainees.forEach((city, workers) -> cities.computeIfAbsent(city, ignored -> new long[TRAINEE_FIGURES.length])[TRAINEES] = workers.size());
        long[] province = new long[TRAINEE_FIGURES.length];
        cities.forEach((city, counts) -> {
            for (int i = 0; i < TRAINEE_FIGURES.length; i++) {
                figures.put("trainees " + year + " city " + city, TRAINEE_FIGURES[i], counts[i]);
                province[i] += counts[i];
            }
        });
        // a worker training in two cities counts once in the province
        province[TRAINEES] = trainees.values().stream().flatMap(Set::stream).distinct().count();
        for (int i = 0; i < TRAINEE_FIGURES.length; i++) {
            figures.put("trainees " + year, TRAINEE_FIGURES[i], province[i]);
        }
    }
}
