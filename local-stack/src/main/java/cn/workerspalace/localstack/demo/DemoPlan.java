package cn.workerspalace.localstack.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Everything the demo loader will post, decided up front from a fixed seed: the same identifiers and the same
 * people on every run (only the dates move with "now"), so a second run finds its data already there.
 */
final class DemoPlan {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String PROVINCE_CODE = "370000";
    private static final long SEED = 2021_03_01L;

    /** When a class meets, relative to now. */
    enum Timing {
        /** Every lesson is over; the class is recorded after the fact and completed. */
        FINISHED,
        /** Some lessons are over, the rest to come. */
        RUNNING,
        /** Every lesson lies ahead. */
        UPCOMING
    }

    enum Fate { STAYS_OPEN, COMPLETED, CANCELLED }

    record Palace(String id, String name, String level, String cityCode, String parentId) {
    }

    record ServicePoint(String palaceId, String id, String name, String address) {
    }

    record Course(String id, String palaceId, String category, String title) {
    }

    record Lesson(Instant startsAt, Instant endsAt) {
    }

    record Clazz(String id, String courseId, String palaceId, String title, int capacity, Instant enrolmentOpensAt,
                 Instant enrolmentClosesAt, List<Lesson> lessons, Timing timing, Fate fate,
                 List<String> signUps, List<String> cancellations, int raisedCapacity) {

        int year() {
            return lessons.get(0).startsAt().atZone(SHANGHAI).getYear();
        }
    }

    record Worker(String id, String memberNo, String name, String idNumber, String phone, String palaceId,
                  String servicePointId, boolean frontLine, boolean migrantWorker) {
    }

    final List<Palace> palaces = new ArrayList<>();
    final List<ServicePoint> servicePoints = new ArrayList<>();
    final List<Course> courses = new ArrayList<>();
    final List<Clazz> classes = new ArrayList<>();
    final List<Worker> workers = new ArrayList<>();

    private final Random random = new Random(SEED);
    private final Instant now;
    private final Map<String, List<String>> servicePointsByPalace = new LinkedHashMap<>();
    private final Map<String, List<String>> workersByCity = new LinkedHashMap<>();
    private final Set<String> idNumbers = new HashSet<>();
    private int categoryCursor;

    private DemoPlan(Instant now) {
        this.now = now;
    }

    static String palaceId(String code) {
        return "palace-" + code;
    }

    static DemoPlan of(DemoSize size, Instant now) {
        DemoPlan plan = new DemoPlan(now);
        List<Divisions.City> cities = Divisions.shandong();
        plan.addPalaces(cities);
        List<Divisions.City> active = cities.subList(0, Math.min(size.citiesWithActivity(), cities.size()));
        plan.addWorkers(active, size.workers());
        plan.addCourses(palaceId(PROVINCE_CODE), size.provinceCourses(), null);
        for (Divisions.City city : active) {
            plan.addCourses(palaceId(city.code()), size.cityCourses(), city.code());
            for (Divisions.County county : city.counties()) {
                plan.addCourses(palaceId(county.code()), size.countyCourses(), city.code());
            }
        }
        plan.cancelOneClassAtLeast();
        return plan;
    }

    /** However small the plan, it shows a cancelled class: the last upcoming one when chance cancelled none. */
    private void cancelOneClassAtLeast() {
        if (classes.stream().anyMatch(c -> c.fate() == Fate.CANCELLED)) {
            return;
        }
        for (int i = classes.size() - 1; i >= 0; i--) {
            Clazz c = classes.get(i);
            if (c.timing() == Timing.UPCOMING) {
                classes.set(i, new Clazz(c.id(), c.courseId(), c.palaceId(), c.title(), c.capacity(),
                        c.enrolmentOpensAt(), c.enrolmentClosesAt(), c.lessons(), c.timing(), Fate.CANCELLED,
                        c.signUps(), c.cancellations(), c.raisedCapacity()));
                return;
            }
        }
    }

    private void addPalaces(List<Divisions.City> cities) {
        String province = palaceId(PROVINCE_CODE);
        palaces.add(new Palace(province, "山东省工人文化宫", "PROVINCE", PROVINCE_CODE, null));
        addServicePoint(province, "省运营中心服务站", "济南市历下区" + street() + "1号");
        for (Divisions.City city : cities) {
            String cityPalace = palaceId(city.code());
            palaces.add(new Palace(cityPalace, city.name() + "工人文化宫", "CITY", city.code(), province));
            addServicePoint(cityPalace, city.name() + "总工会职工服务中心", city.name() + street() + number() + "号");
            addServicePoint(cityPalace, city.name() + "工人文化宫驿站", city.name() + street() + number() + "号");
        }
        for (Divisions.City city : cities) {
            for (Divisions.County county : city.counties()) {
                String countyPalace = palaceId(county.code());
                palaces.add(new Palace(countyPalace, city.name() + county.name() + "工人文化宫", "COUNTY",
                        city.code(), palaceId(city.code())));
                addServicePoint(countyPalace, county.name() + "职工服务站",
                        city.name() + county.name() + street() + number() + "号");
            }
        }
    }

    private void addServicePoint(String palaceId, String name, String address) {
        List<String> ofPalace = servicePointsByPalace.computeIfAbsent(palaceId, id -> new ArrayList<>());
        String id = "sp-" + palaceId.substring("palace-".length()) + "-" + (ofPalace.size() + 1);
        ofPalace.add(id);
        servicePoints.add(new ServicePoint(palaceId, id, name, address));
    }

    private void addWorkers(List<Divisions.City> cities, int count) {
        for (int i = 1; i <= count; i++) {
            Divisions.City city = cities.get(random.nextInt(cities.size()));
            Divisions.County home = city.counties().get(random.nextInt(city.counties().size()));
            boolean atCityPalace = random.nextInt(10) < 4;
            String palaceId = palaceId(atCityPalace ? city.code() : home.code());
            List<String> points = servicePointsByPalace.get(palaceId);
            String servicePoint = random.nextInt(10) < 7 ? points.get(random.nextInt(points.size())) : null;
            String id = String.format("worker-%06d", i);
            workers.add(new Worker(id, String.format("SD%s%06d", city.code().substring(0, 4), i), name(),
                    idNumber(home.code()), phone(), palaceId, servicePoint, random.nextInt(10) < 7,
                    random.nextInt(4) == 0));
            workersByCity.computeIfAbsent(city.code(), code -> new ArrayList<>()).add(id);
        }
    }

    private void addCourses(String palaceId, int count, String cityCode) {
        List<String> pool = cityCode == null
                ? workers.stream().map(Worker::id).toList()
                : workersByCity.getOrDefault(cityCode, List.of());
        String code = palaceId.substring("palace-".length());
        for (int c = 1; c <= count; c++) {
            Catalogue.Category category = Catalogue.CATEGORIES.get(categoryCursor++ % Catalogue.CATEGORIES.size());
            String title = category.titles().get(random.nextInt(category.titles().size()));
            String courseId = String.format("course-%s-%02d", code, c);
            courses.add(new Course(courseId, palaceId, category.name(), title));
            int classCount = random.nextInt(100) < 35 ? 2 : 1;
            for (int k = 1; k <= classCount; k++) {
                addClass(courseId + "-" + k, courseId, palaceId, title + " 第" + k + "期", pool);
            }
        }
    }

    private void addClass(String id, String courseId, String palaceId, String title, List<String> pool) {
        int roll = random.nextInt(100);
        Timing timing = roll < 7 ? Timing.FINISHED : roll < 40 ? Timing.RUNNING : Timing.UPCOMING;
        LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
        LocalDate first;
        int lessonCount;
        switch (timing) {
            case FINISHED -> {
                first = today.minusDays(30 + random.nextInt(10));
                lessonCount = 4;
            }
            case RUNNING -> {
                first = today.minusDays(8 + random.nextInt(14));
                lessonCount = 5 + random.nextInt(4);
            }
            default -> {
                first = today.plusDays(2 + random.nextInt(24));
                lessonCount = 4 + random.nextInt(7);
            }
        }
        boolean weekend = random.nextBoolean();
        LocalTime startTime = weekend ? LocalTime.of(9, 30) : LocalTime.of(19, 0);
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < lessonCount; i++) {
            Instant starts = first.plusWeeks(i).atTime(startTime).atZone(SHANGHAI).toInstant();
            lessons.add(new Lesson(starts, starts.plusSeconds(2 * 3600)));
        }
        Instant firstStart = lessons.get(0).startsAt();
        Instant opens = (firstStart.isBefore(now) ? firstStart : now).minusSeconds(14 * 86400L);
        Instant closes = (firstStart.isAfter(now) ? firstStart : now).plusSeconds(21 * 86400L);

        int capacity = 20 + random.nextInt(41);
        boolean oversubscribed = timing != Timing.FINISHED && random.nextInt(100) < 22;
        double fill = oversubscribed ? 1.1 + random.nextDouble() * 0.3
                : timing == Timing.FINISHED ? 0.6 + random.nextDouble() * 0.4 : 0.35 + random.nextDouble() * 0.6;
        List<String> signUps = pick(pool, (int) Math.round(capacity * fill));
        List<String> cancellations = random.nextInt(100) < 25 && !signUps.isEmpty()
                ? pick(signUps, 1 + random.nextInt(Math.min(3, signUps.size()))) : List.of();
        int raised = oversubscribed && random.nextInt(10) == 0 ? capacity + 5 : 0;
        Fate fate = timing == Timing.FINISHED ? Fate.COMPLETED
                : timing == Timing.UPCOMING && random.nextInt(100) < 4 ? Fate.CANCELLED : Fate.STAYS_OPEN;
        classes.add(new Clazz(id, courseId, palaceId, title, capacity, opens, closes, List.copyOf(lessons), timing,
                fate, signUps, cancellations, raised));
    }

    /** Distinct elements in a random order; the whole pool when it is smaller than asked. */
    private List<String> pick(List<String> pool, int count) {
        List<String> shuffled = new ArrayList<>(pool);
        java.util.Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    private String name() {
        String surnames = Catalogue.SURNAMES;
        String given = Catalogue.GIVEN_NAME_CHARACTERS;
        StringBuilder name = new StringBuilder().append(surnames.charAt(random.nextInt(surnames.length())));
        int length = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < length; i++) {
            name.append(given.charAt(random.nextInt(given.length())));
        }
        return name.toString();
    }

    private String idNumber(String regionCode) {
        while (true) {
            LocalDate birth = LocalDate.of(1968, 1, 1).plusDays(random.nextInt(37 * 365));
            String candidate = NationalIds.of(regionCode, birth, random.nextInt(1000));
            if (idNumbers.add(candidate)) {
                return candidate;
            }
        }
    }

    private String phone() {
        String[] prefixes = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155",
            "156", "158", "159", "176", "177", "180", "181", "186", "187", "188", "189", "199"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    private String street() {
        return Catalogue.STREETS.get(random.nextInt(Catalogue.STREETS.size()));
    }

    private int number() {
        return 1 + random.nextInt(300);
    }
}
