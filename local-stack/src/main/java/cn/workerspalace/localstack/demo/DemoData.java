package cn.workerspalace.localstack.demo;

import cn.workerspalace.localstack.token.DevIssuer;
import cn.workerspalace.localstack.demo.DemoPlan.Clazz;
import cn.workerspalace.localstack.demo.DemoPlan.Fate;
import cn.workerspalace.localstack.demo.DemoPlan.Timing;
import cn.workerspalace.localstack.demo.RestApi.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;

/**
 * Loads realistic demo data through the public REST API of running services: the provincial palace, the 16 city and
 * 136 county palaces of Shandong with service points, courses in 36 categories, classes with lessons (some already
 * held, so attendance can be recorded), workers with valid national ID numbers, sign-ups (some classes
 * over-subscribed, so waitlists form), cancellations, attendance, and classes completed or cancelled.
 *
 * <p>Identifiers are fixed, so a second run is refused as "already there" (409) and changes little: sign-ups and
 * attendance carry an {@code Idempotency-Key}.
 */
public final class DemoData {

    private static final DateTimeFormatter ISO_WITH_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(DemoPlan.SHANGHAI);
    private static final int THREADS = 8;
    private static final int ATTENDANCE_PERCENT = 85;

    private final URI course;
    private final URI enrollment;
    private final Consumer<String> log;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, daemon("demo-data"));
    private final ExecutorService httpPool = Executors.newFixedThreadPool(2, daemon("demo-http"));
    private final RestApi api;
    private final Map<String, String> adoptedPalaces = new ConcurrentHashMap<>();
    private final Set<String> classesSignedUpBefore = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger alreadyThere = new AtomicInteger();
    private final AtomicInteger rostersNeverOpened = new AtomicInteger();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicIntegerArray> byYear = new ConcurrentHashMap<>();

    private DemoData(URI course, URI enrollment, String opsCentreToken, Consumer<String> log) {
        this.course = course;
        this.enrollment = enrollment;
        this.log = log;
        this.api = new RestApi(httpPool, Duration.ofSeconds(60), opsCentreToken);
    }

    /**
     * Loads the demo data into the services at these base URLs, as the operations centre (the token), and says what
     * it created.
     */
    public static DemoSummary load(URI courseService, URI enrollmentService, DemoSize size, String opsCentreToken,
                                   Consumer<String> log) {
        DemoData loader = new DemoData(courseService, enrollmentService, opsCentreToken, log);
        try {
            return loader.run(DemoPlan.of(size, Instant.now()));
        } finally {
            loader.pool.shutdownNow();
            loader.httpPool.shutdownNow();
        }
    }

    /** {@code DemoData [courseUrl enrollmentUrl] [--small]}; the defaults are the local ports 8081 and 8082. */
    public static void main(String[] args) {
        List<String> urls = new ArrayList<>();
        DemoSize size = DemoSize.FULL;
        for (String arg : args) {
            if (arg.equals("--small")) {
                size = DemoSize.SMALL;
            } else {
                urls.add(arg);
            }
        }
        URI courseUrl = URI.create(urls.size() > 0 ? urls.get(0) : "http://localhost:8081");
        URI enrollmentUrl = URI.create(urls.size() > 1 ? urls.get(1) : "http://localhost:8082");
        DemoSummary summary = load(courseUrl, enrollmentUrl, size, DevIssuer.ofProject().opsCentre(),
                System.out::println);
        System.exit(summary.errors().isEmpty() ? 0 : 1);
    }

    private DemoSummary run(DemoPlan plan) {
        long started = System.nanoTime();
        log("loading demo data into %s and %s", course, enrollment);
        registerPalaces(plan);
        phase("service points", plan.servicePoints, point -> created("servicePoints", api.post(course,
                "/api/palaces/" + palace(point.palaceId()) + "/service-points",
                body("id", point.id(), "name", point.name(), "address", point.address()), null, false),
                "service point " + point.id()));
        phase("courses", plan.courses, c -> created("courses", api.post(course, "/api/courses",
                body("id", c.id(), "palaceId", palace(c.palaceId()), "category", c.category(), "title", c.title()),
                null, false), "course " + c.id()));
        phase("classes", plan.classes, this::openClass);
        phase("workers", plan.workers, w -> created("workers", api.post(enrollment, "/api/workers",
                body("id", w.id(), "memberNo", w.memberNo(), "name", w.name(), "idNumber", w.idNumber(),
                        "phone", w.phone(), "palaceId", palace(w.palaceId()), "servicePointId", w.servicePointId(),
                        "frontLine", w.frontLine(), "migrantWorker", w.migrantWorker()), null, true),
                "worker " + w.id()));
        phase("sign-ups (by class)", plan.classes, this::signUp);
        phase("cancellations and capacity changes", plan.classes, this::cancelAndResize);
        phase("attendance (by class)", plan.classes.stream().filter(c -> c.timing() != Timing.UPCOMING).toList(),
                this::recordAttendance);
        phase("completed and cancelled classes", plan.classes.stream().filter(c -> c.fate() != Fate.STAYS_OPEN)
                .toList(), this::conclude);
        loadDegreeProgramme(plan);
        DemoSummary summary = summary(Duration.ofNanos(System.nanoTime() - started));
        log("done: %s", summary.describe());
        errors.stream().limit(10).forEach(error -> log("  refused: %s", error));
        return summary;
    }

    private void registerPalaces(DemoPlan plan) {
        long started = System.nanoTime();
        for (String level : List.of("PROVINCE", "CITY", "COUNTY")) {
            List<DemoPlan.Palace> ofLevel = plan.palaces.stream().filter(p -> p.level().equals(level)).toList();
            AtomicInteger conflicts = new AtomicInteger();
            forEach(ofLevel, p -> {
                Answer answer = api.post(course, "/api/palaces", body("id", p.id(), "name", p.name(),
                        "level", p.level(), "cityCode", p.cityCode(),
                        "parentId", p.parentId() == null ? null : palace(p.parentId())), null, false);
                if (answer.status() == 409) {
                    conflicts.incrementAndGet();
                }
                created("palaces", answer, "palace " + p.id());
            });
            if (conflicts.get() > 0 && !level.equals("COUNTY")) {
                adoptExisting(ofLevel);
            }
        }
        log("palaces: %d registered (%.1f s)", count("palaces"), (System.nanoTime() - started) / 1e9);
    }

    /**
     * A province or city palace registered earlier under another id (by hand, say) takes the planned one's place,
     * so the palaces below it hang from the palace that exists.
     */
    private void adoptExisting(List<DemoPlan.Palace> planned) {
        Answer answer = api.get(course, "/api/palaces", false);
        JsonNode list = answer.body().isArray() ? answer.body() : answer.body().path("content");
        for (DemoPlan.Palace palace : planned) {
            for (JsonNode existing : list) {
                boolean sameLevel = palace.level().equals(existing.path("level").asText());
                boolean sameCity = palace.level().equals("PROVINCE")
                        || palace.cityCode().equals(existing.path("cityCode").asText());
                if (sameLevel && sameCity && !palace.id().equals(existing.path("id").asText())) {
                    adoptedPalaces.put(palace.id(), existing.path("id").asText());
                }
            }
        }
    }

    private String palace(String plannedId) {
        return adoptedPalaces.getOrDefault(plannedId, plannedId);
    }

    private void openClass(Clazz c) {
        List<Map<String, Object>> lessons = c.lessons().stream()
                .map(l -> body("startsAt", time(l.startsAt()), "endsAt", time(l.endsAt()))).toList();
        Answer answer = api.post(course, "/api/classes", body("id", c.id(), "courseId", c.courseId(),
                "title", c.title(), "capacity", c.capacity(), "enrolmentOpensAt", time(c.enrolmentOpensAt()),
                "enrolmentClosesAt", time(c.enrolmentClosesAt()), "lessons", lessons), null, false);
        if (created("classes", answer, "class " + c.id())) {
            year(c.year()).incrementAndGet(0);
        }
    }

    private void signUp(Clazz c) {
        // waits for the roster to open (enrollment-service learns of the class through Kafka), and leaves a roster
        // alone that has sign-ups already: a second run would otherwise re-queue the workers who cancelled
        Answer roster = api.get(enrollment, "/api/classes/" + c.id() + "/roster", true);
        if (roster.status() != 200) {
            error("roster of " + c.id(), roster);
            if (roster.status() == 404 && rostersNeverOpened.incrementAndGet() >= 3) {
                throw new DemoDataException("enrollment-service opened no roster for classes such as " + c.id()
                        + " within a minute: is it consuming course-events from Kafka?");
            }
            return;
        }
        if (roster.body().path("confirmed").size() + roster.body().path("waitlist").size() > 0) {
            classesSignedUpBefore.add(c.id());
            alreadyThere.addAndGet(c.signUps().size());
            return;
        }
        for (String worker : c.signUps()) {
            Answer answer = api.post(enrollment, "/api/classes/" + c.id() + "/sign-ups", body("workerId", worker),
                    "demo-sign-up:" + c.id() + ":" + worker, true);
            if (created("signUps", answer, "sign-up " + worker + " to " + c.id())) {
                count("WAITLISTED".equals(answer.text("status")) ? "waitlisted" : "confirmed", 1);
            }
        }
    }

    private void cancelAndResize(Clazz c) {
        if (classesSignedUpBefore.contains(c.id())) {
            return;
        }
        for (String worker : c.cancellations()) {
            Answer answer = api.delete(enrollment, "/api/classes/" + c.id() + "/sign-ups/" + worker);
            if (answer.status() == 200) {
                count("cancellations", 1);
            } else if (answer.status() == 404) {
                alreadyThere.incrementAndGet();
            } else {
                error("cancel " + worker + " from " + c.id(), answer);
            }
        }
        if (c.raisedCapacity() > 0) {
            Answer answer = api.post(course, "/api/classes/" + c.id() + "/capacity",
                    body("capacity", c.raisedCapacity()), null, false);
            accepted(answer, 200, "capacity of " + c.id());
        }
    }

    private void recordAttendance(Clazz c) {
        if (c.fate() == Fate.CANCELLED) {
            return;
        }
        Answer roster = api.get(enrollment, "/api/classes/" + c.id() + "/roster", true);
        if (roster.status() != 200) {
            error("roster of " + c.id(), roster);
            return;
        }
        Instant now = Instant.now();
        List<Integer> held = new ArrayList<>();
        for (int i = 0; i < c.lessons().size(); i++) {
            if (c.lessons().get(i).startsAt().isBefore(now)) {
                held.add(i);
            }
        }
        // a running class records its two latest lessons; a finished one all of them
        List<Integer> recorded = c.timing() == Timing.FINISHED ? held
                : held.subList(Math.max(0, held.size() - 2), held.size());
        for (JsonNode seat : roster.body().path("confirmed")) {
            String worker = seat.path("workerId").asText();
            for (int lesson : recorded) {
                if (Math.floorMod((c.id() + worker + lesson).hashCode(), 100) >= ATTENDANCE_PERCENT) {
                    continue;
                }
                Answer answer = api.post(enrollment, "/api/classes/" + c.id() + "/attendance",
                        body("workerId", worker, "lessonIndex", lesson),
                        "demo-attendance:" + c.id() + ":" + worker + ":" + lesson, false);
                if (created("attendances", answer, "attendance of " + worker + " in " + c.id())) {
                    year(c.year()).incrementAndGet(3);
                }
            }
        }
    }

    private void conclude(Clazz c) {
        if (c.fate() == Fate.COMPLETED) {
            if (accepted(api.post(course, "/api/classes/" + c.id() + "/complete", body(), null, false), 200,
                    "complete " + c.id())) {
                count("classesCompleted", 1);
                year(c.year()).incrementAndGet(2);
            }
        } else {
            String reason = Catalogue.CANCELLATION_REASONS.get(
                    Math.floorMod(c.id().hashCode(), Catalogue.CANCELLATION_REASONS.size()));
            if (accepted(api.post(course, "/api/classes/" + c.id() + "/cancel", body("reason", reason), null, false),
                    200, "cancel " + c.id())) {
                count("classesCancelled", 1);
                year(c.year()).incrementAndGet(1);
            }
        }
    }

    /** 求学圆梦: this year's quota, the cities' allocations, and applications taken to every state. */
    private void loadDegreeProgramme(DemoPlan plan) {
        DegreePlan degree = DegreePlan.of(plan, Instant.now().atZone(DemoPlan.SHANGHAI).getYear());
        created("quotas", api.post(enrollment, "/api/subsidy-quotas", body("year", degree.year,
                "places", DegreePlan.PLACES, "subsidyPerPlace", DegreePlan.SUBSIDY_PER_PLACE), null, false),
                "subsidy quota " + degree.year);
        degree.allocations.forEach((city, places) -> accepted(api.post(enrollment,
                "/api/subsidy-quotas/" + degree.year + "/allocations", body("cityCode", city, "places", places),
                null, true), 200, "allocation to " + city));
        phase("degree applications", degree.applications, application -> advance(degree.year, application));
    }

    private void advance(int year, DegreePlan.Application application) {
        String path = "/api/degree-applications/" + application.id();
        String key = "demo-degree:" + application.id() + ":";
        DegreePlan.Fate fate = application.fate();
        if (!created("applications", api.post(enrollment, "/api/degree-applications", body("id", application.id(),
                "workerId", application.workerId(), "year", year, "level", application.level(),
                "school", application.school(), "major", application.major()), key + "submit", true),
                "application " + application.id()) || fate == DegreePlan.Fate.SUBMITTED) {
            return;
        }
        if (fate == DegreePlan.Fate.REJECTED) {
            accepted(api.post(enrollment, path + "/reject", body("reason", "非一线职工，不符合资助条件"),
                    key + "reject", false), 200, "reject " + application.id());
            return;
        }
        Answer approved = api.post(enrollment, path + "/approve", body(), key + "approve", false);
        if (!accepted(approved, 200, "approve " + application.id()) || fate == DegreePlan.Fate.APPROVED
                || "WAITING_FOR_QUOTA".equals(approved.text("status"))) {
            return;
        }
        if (fate == DegreePlan.Fate.WITHDRAWN_UNPAID) {
            withdraw(application, path, key);
            return;
        }
        BigDecimal subsidy = DegreePlan.SUBSIDY_PER_PLACE.get(application.level());
        BigDecimal half = subsidy.divide(BigDecimal.valueOf(2));
        if (!accepted(api.post(enrollment, path + "/admit", body(), key + "admit", false), 200,
                "admit " + application.id()) || fate == DegreePlan.Fate.ADMITTED
                || !created("payments", api.post(enrollment, path + "/payments", body("amount", half),
                        key + "pay-1", false), "first payment of " + application.id())
                || fate == DegreePlan.Fate.PAID_IN_PART) {
            return;
        }
        if (fate == DegreePlan.Fate.WITHDRAWN_AFTER_PAYMENT) {
            withdraw(application, path, key);
            return;
        }
        if (created("payments", api.post(enrollment, path + "/payments", body("amount", subsidy.subtract(half)),
                key + "pay-2", false), "second payment of " + application.id())
                && fate == DegreePlan.Fate.GRADUATED) {
            accepted(api.post(enrollment, path + "/graduate", body(), key + "graduate", false), 200,
                    "graduate " + application.id());
        }
    }

    private void withdraw(DegreePlan.Application application, String path, String key) {
        accepted(api.post(enrollment, path + "/withdraw", body("reason", "工作调动"), key + "withdraw", false), 200,
                "withdraw " + application.id());
    }

    /** 201 counts as created, 409 as already there; anything else is an error. */
    private boolean created(String counter, Answer answer, String what) {
        return accepted(answer, 201, what) && count(counter, 1) > 0;
    }

    private boolean accepted(Answer answer, int expected, String what) {
        if (answer.status() == expected) {
            return true;
        }
        if (answer.status() == 409) {
            alreadyThere.incrementAndGet();
        } else {
            error(what, answer);
        }
        return false;
    }

    private void error(String what, Answer answer) {
        errors.add(what + ": " + answer.problem());
    }

    private int count(String counter, int add) {
        return counts.computeIfAbsent(counter, k -> new AtomicInteger()).addAndGet(add);
    }

    private int count(String counter) {
        return count(counter, 0);
    }

    /** Per year: classes opened, cancelled, completed, attendances. */
    private AtomicIntegerArray year(int year) {
        return byYear.computeIfAbsent(year, y -> new AtomicIntegerArray(4));
    }

    private <T> void phase(String name, List<T> items, Consumer<T> action) {
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("demo-progress"));
        ticker.scheduleAtFixedRate(() -> log("%s: %d/%d", name, done.get(), items.size()), 5, 5, TimeUnit.SECONDS);
        try {
            forEach(items, item -> {
                action.accept(item);
                done.incrementAndGet();
            });
        } finally {
            ticker.shutdownNow();
        }
        log("%s: %d done (%.1f s)", name, items.size(), (System.nanoTime() - started) / 1e9);
    }

    private <T> void forEach(List<T> items, Consumer<T> action) {
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> action.accept(item)));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new DemoDataException("demo data failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoDataException("interrupted", e);
            }
        }
    }

    private DemoSummary summary(Duration took) {
        Map<Integer, DemoSummary.YearFigures> years = new TreeMap<>();
        byYear.forEach((year, f) -> years.put(year,
                new DemoSummary.YearFigures(f.get(0), f.get(1), f.get(2), f.get(3))));
        return new DemoSummary(count("palaces"), count("servicePoints"), count("courses"), count("classes"),
                count("workers"), count("confirmed"), count("waitlisted"), count("cancellations"),
                count("attendances"), count("classesCompleted"), count("classesCancelled"), count("applications"),
                count("payments"), alreadyThere.get(),
                Map.copyOf(years), List.copyOf(errors), took);
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                body.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return body;
    }

    private static String time(Instant instant) {
        return ISO_WITH_OFFSET.format(instant);
    }

    private void log(String format, Object... arguments) {
        log.accept("[demo] " + String.format(format, arguments));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
