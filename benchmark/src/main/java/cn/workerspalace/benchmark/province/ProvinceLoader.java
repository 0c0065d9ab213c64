package cn.workerspalace.benchmark.province;

import cn.workerspalace.benchmark.load.Api;
import cn.workerspalace.benchmark.load.Api.Answer;
import cn.workerspalace.benchmark.province.Province.Clazz;
import cn.workerspalace.benchmark.province.Province.Palace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Loads the province through the public REST API with many client threads, as the coordinators and the service
 * points would: the provincial palace, the 16 city and 136 county palaces of Shandong (and one probe palace), courses,
 * the classes of the year with 20 to 60 seats and an open enrolment window, the workers, and the year's subsidy quota
 * with an allocation per city. Each step is timed.
 */
public final class ProvinceLoader {

    /** One timed step of the load. */
    public record Step(String name, int requests, int created, List<String> failures, double seconds) {

        public double rate() {
            return seconds > 0 ? created / seconds : 0;
        }
    }

    /**
     * Concurrent {@code GET /roster} calls. enrollment-service answers one with two pooled connections at once (the
     * lists are read while the roster row's query still holds its connection), so as many concurrent calls as its
     * pool has connections (24) deadlock the pool until Hikari gives up after 30 s. See BENCHMARKS.md.
     */
    public static final int ROSTER_READERS = 8;
    static final String PROBE_PALACE = "bench-probe";
    static final int PROBE_CLASSES = 20;
    /** How long a step may wait for what enrollment-service learns through Kafka, all its items together. */
    private static final Duration PATIENCE = Duration.ofSeconds(300);
    private static final String[] CATEGORIES = {"书法", "摄影", "舞蹈", "声乐", "器乐", "瑜伽", "太极拳", "茶艺",
        "电工技能", "焊工", "育婴", "家政", "养老护理", "中式烹调", "办公软件", "短视频制作", "直播电商", "急救"};
    private static final String NAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国志宏俊峰";

    private final Api api;
    private final URI course;
    private final URI enrollment;
    private final int threads;
    private final Consumer<String> log;
    private final List<Step> steps = new ArrayList<>();

    public ProvinceLoader(Api api, URI course, URI enrollment, int threads, Consumer<String> log) {
        this.api = api;
        this.course = course;
        this.enrollment = enrollment;
        this.threads = threads;
        this.log = log;
    }

    public List<Step> steps() {
        return steps;
    }

    /** Plans and loads the province; throws when a step leaves anything out. */
    public Province load(int classCount, int popular, int workers) {
        Instant now = Instant.now();
        int year = yearOfClassesStarting(now);
        List<Palace> palaces = palaces();
        Palace probe = palaces.get(palaces.size() - 1);
        registerPalaces(palaces);

        Random random = new Random(7);
        List<Palace> withCourses = palaces.subList(0, palaces.size() - 1);
        List<Map<String, Object>> courses = new ArrayList<>();
        for (Palace palace : withCourses) {
            int count = palace.level().equals("PROVINCE") ? 8 : palace.level().equals("CITY") ? 4 : 2;
            for (int i = 0; i < count; i++) {
                String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                courses.add(Map.of("id", "course-" + palace.id() + "-" + i, "palaceId", palace.id(),
                        "category", category, "title", category + "培训班 " + (i + 1)));
            }
        }
        courses.add(Map.of("id", "course-probe", "palaceId", probe.id(), "category", "急救", "title", "探针班"));
        run("courses", courses, c -> api.post(course, "/api/courses", c));

        List<Clazz> classes = new ArrayList<>();
        // the popular classes are at the city palaces, where the famous teachers are
        List<Map<String, Object>> cityCourses = courses.stream()
                .filter(c -> withCourses.stream().anyMatch(p -> p.id().equals(c.get("palaceId"))
                        && p.level().equals("CITY"))).toList();
        for (int i = 0; i < classCount; i++) {
            boolean isPopular = i < popular;
            Map<String, Object> c = isPopular ? cityCourses.get(i * 4 % cityCourses.size())
                    : courses.get(i % (courses.size() - 1));
            int capacity = isPopular ? 30 : 20 + random.nextInt(41);
            classes.add(new Clazz(String.format("class-%05d", i), (String) c.get("id"), (String) c.get("palaceId"),
                    capacity, isPopular));
        }
        List<Clazz> probeClasses = IntStream.range(0, PROBE_CLASSES)
                .mapToObj(i -> new Clazz("probe-class-" + i, "course-probe", probe.id(), 10_000, false)).toList();
        List<Clazz> all = new ArrayList<>(classes);
        all.addAll(probeClasses);
        run("classes", all, c -> api.post(course, "/api/classes", clazz(c.id(), c.courseId(), c.capacity(), 8, now)));

        Province province = new Province(year, palaces, List.copyOf(classes), probe, probeClasses, workers);
        List<Integer> numbers = IntStream.range(0, workers).boxed().toList();
        run("workers", numbers, n -> api.untilKnown(
                () -> api.post(enrollment, "/api/workers", workerBody(province, n)), PATIENCE));
        // enrollment-service opens the rosters from course-events meanwhile; the crowd needs every one of them
        long rostersDeadline = System.nanoTime() + PATIENCE.toNanos();
        run("rosters opened (through Kafka)", all, ROSTER_READERS, c -> api.untilKnown(
                () -> api.get(enrollment, "/api/classes/" + c.id() + "/roster"),
                Duration.ofNanos(Math.max(0, rostersDeadline - System.nanoTime()))));

        run("subsidy quota", List.of(year), y -> api.post(enrollment, "/api/subsidy-quotas", Map.of("year", y,
                "places", 20_000, "subsidyPerPlace", Map.of("JUNIOR_COLLEGE", 3000, "BACHELOR", 5000))));
        // small allocations, so that some approvals wait for quota as in a real year
        run("allocations", province.cityCodes(), city -> api.post(enrollment,
                "/api/subsidy-quotas/" + year + "/allocations", Map.of("cityCode", city, "places", 150)));
        return province;
    }

    public static int yearOfClassesStarting(Instant now) {
        return cn.workerspalace.localstack.testkit.Province.yearOfClassesStarting(now);
    }

    private static Map<String, Object> clazz(String id, String courseId, int capacity, int lessons, Instant now) {
        return cn.workerspalace.localstack.testkit.Province.clazz(id, courseId, capacity, lessons, now);
    }

    public static Map<String, Object> workerBody(Province province, int n) {
        Palace palace = province.palaceOf(n);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", Province.workerId(n));
        body.put("memberNo", "SD" + n);
        body.put("name", "" + NAMES.charAt(n % NAMES.length()) + GIVEN.charAt(n / 7 % GIVEN.length())
                + GIVEN.charAt(n / 3 % GIVEN.length()));
        body.put("idNumber", Province.idNumber(palace, n));
        body.put("phone", String.format("139%08d", n));
        body.put("palaceId", palace.id());
        body.put("frontLine", Province.frontLine(n));
        body.put("migrantWorker", n % 7 == 0);
        return body;
    }

    private void registerPalaces(List<Palace> palaces) {
        for (String level : List.of("PROVINCE", "CITY", "COUNTY")) {
            List<Palace> ofLevel = palaces.stream().filter(p -> p.level().equals(level)).toList();
            run("palaces (" + level.toLowerCase() + ")", ofLevel, p -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("id", p.id());
                body.put("name", p.name());
                body.put("level", p.level());
                body.put("cityCode", p.cityCode());
                if (p.parentId() != null) {
                    body.put("parentId", p.parentId());
                }
                return api.post(course, "/api/palaces", body);
            });
        }
    }

    /** Every palace of Shandong from the division list, and the probe palace (a county palace of Jinan) last. */
    static List<Palace> palaces() {
        List<Palace> palaces = new ArrayList<>();
        Map<String, List<String[]>> byCity = new LinkedHashMap<>();
        try (InputStream csv = ProvinceLoader.class.getResourceAsStream("/shandong-divisions.csv")) {
            if (csv == null) {
                throw new IllegalStateException("shandong-divisions.csv is not on the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
            lines.readLine();
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",");
                    byCity.computeIfAbsent(cells[0].trim(), k -> new ArrayList<>()).add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String province = "palace-370000";
        String firstCounty = byCity.values().iterator().next().get(0)[2].trim();
        palaces.add(new Palace(province, "山东省工人文化宫", "PROVINCE", "370000", null, firstCounty));
        List<Palace> counties = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> city : byCity.entrySet()) {
            String cityId = "palace-" + city.getKey();
            String[] first = city.getValue().get(0);
            palaces.add(new Palace(cityId, first[1].trim() + "工人文化宫", "CITY", city.getKey(), province,
                    first[2].trim()));
            for (String[] county : city.getValue()) {
                counties.add(new Palace("palace-" + county[2].trim(), first[1].trim() + county[3].trim() + "工人文化宫",
                        "COUNTY", city.getKey(), cityId, county[2].trim()));
            }
        }
        palaces.addAll(counties);
        Palace jinan = palaces.get(1);
        palaces.add(new Palace(PROBE_PALACE, "基准测试探针文化宫", "COUNTY", jinan.cityCode(), jinan.id(),
                jinan.region()));
        return palaces;
    }

    /** Sends one request per item from {@code threads} threads, and records the step; any failure is fatal. */
    private <T> void run(String name, List<T> items, Function<T, Answer> call) {
        run(name, items, threads, call);
    }

    private <T> void run(String name, List<T> items, int threads, Function<T, Answer> call) {
        long started = System.nanoTime();
        ParallelRun.Result result = ParallelRun.each(items, threads, item -> call.apply(item));
        double seconds = (System.nanoTime() - started) / 1e9;
        Step step = new Step(name, items.size(), result.ok(), result.failures(), seconds);
        steps.add(step);
        log.accept(String.format("load: %-34s %7d in %6.1f s = %7.0f/s%s", name, step.created(), seconds,
                step.rate(), step.failures().isEmpty() ? "" : "  FAILED: " + step.failures().size() + ", e.g. "
                        + step.failures().get(0)));
        if (!step.failures().isEmpty()) {
            throw new IllegalStateException("loading the province failed at " + name + ": " + step.failures().get(0));
        }
    }
}
