package cn.workerspalace.projection.support;

import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.CourseCreatedEvent;
import cn.workerspalace.contracts.course.Lesson;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.degree.ApplicationQueuedForQuotaEvent;
import cn.workerspalace.contracts.degree.CityAllocationSetEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationAdmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationApprovedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationRejectedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationSubmittedEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWaitingForQuotaEvent;
import cn.workerspalace.contracts.degree.DegreeApplicationWithdrawnEvent;
import cn.workerspalace.contracts.degree.DegreeLevel;
import cn.workerspalace.contracts.degree.SubsidyPaidEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReleasedEvent;
import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.contracts.degree.SubsidyQuotaSetEvent;
import cn.workerspalace.contracts.enrollment.AttendanceRecordedEvent;
import cn.workerspalace.contracts.enrollment.RosterCancelledEvent;
import cn.workerspalace.contracts.enrollment.RosterCompletedEvent;
import cn.workerspalace.contracts.enrollment.RosterOpenedEvent;
import cn.workerspalace.contracts.enrollment.SignUpCancelledEvent;
import cn.workerspalace.contracts.enrollment.SignUpStatus;
import cn.workerspalace.contracts.enrollment.TraineeSignedUpEvent;
import cn.workerspalace.contracts.enrollment.WaitlistedTraineePromotedEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A made-up but lifelike year of the whole province, published as the write services would: the provincial palace,
 * the 16 city palaces and two county palaces in each city; courses across many categories, classes with sign-ups,
 * waitlists, cancellations, attendance, some completed and a few cancelled; a degree subsidy quota allocated to
 * the cities and applications approved, queued, admitted and paid day by day from March to late November. The
 * same seed always gives the same year.
 */
public final class DemoProvince {

    public static final String PROVINCE_PALACE = "palace-370000";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal JUNIOR_COLLEGE = new BigDecimal("4000");
    private static final BigDecimal BACHELOR = new BigDecimal("6000");

    public record City(String code, String name, String countyCode1, String county1, String countyCode2, String county2) {
    }

    record Category(String name, List<String> titles) {
    }

    /** A confirmed trainee of an open class and a lesson of it without their attendance yet. */
    public record OpenLesson(String classId, String palaceId, String cityCode, String workerId, int lessonIndex) {
    }

    public static final List<City> CITIES = List.of(
            new City("370100", "济南市", "370102", "历下区", "370126", "商河县"),
            new City("370200", "青岛市", "370202", "市南区", "370285", "莱西市"),
            new City("370300", "淄博市", "370302", "淄川区", "370323", "沂源县"),
            new City("370400", "枣庄市", "370402", "市中区", "370481", "滕州市"),
            new City("370500", "东营市", "370502", "东营区", "370523", "广饶县"),
            new City("370600", "烟台市", "370602", "芝罘区", "370687", "海阳市"),
            new City("370700", "潍坊市", "370702", "潍城区", "370786", "昌邑市"),
            new City("370800", "济宁市", "370811", "任城区", "370883", "邹城市"),
            new City("370900", "泰安市", "370902", "泰山区", "370983", "肥城市"),
            new City("371000", "威海市", "371002", "环翠区", "371083", "乳山市"),
            new City("371100", "日照市", "371102", "东港区", "371122", "莒县"),
            new City("371300", "临沂市", "371302", "兰山区", "371329", "临沭县"),
            new City("371400", "德州市", "371402", "德城区", "371482", "禹城市"),
            new City("371500", "聊城市", "371502", "东昌府区", "371581", "临清市"),
            new City("371600", "滨州市", "371602", "滨城区", "371681", "邹平市"),
            new City("371700", "菏泽市", "371702", "牡丹区", "371728", "东明县"));

    private static final List<Category> CATEGORIES = List.of(
            new Category("书法", List.of("硬笔书法入门", "软笔楷书基础")),
            new Category("摄影", List.of("手机摄影技巧", "数码摄影进阶")),
            new Category("舞蹈", List.of("民族舞基础", "广场舞编排与展演")),
            new Category("声乐", List.of("合唱基础训练", "民族唱法入门")),
            new Category("器乐", List.of("古筝入门", "葫芦丝初级")),
            new Category("瑜伽", List.of("职场肩颈瑜伽")),
            new Category("八段锦", List.of("健身气功·八段锦")),
            new Category("茶艺", List.of("茶艺与茶文化")),
            new Category("绘画", List.of("国画花鸟入门", "素描基础")),
            new Category("电工技能", List.of("低压电工作业取证培训")),
            new Category("养老护理", List.of("养老护理员培训")),
            new Category("中式烹调", List.of("中式烹调师技能培训")),
            new Category("办公软件", List.of("Excel 数据处理与图表")),
            new Category("短视频制作", List.of("短视频拍摄与剪辑")),
            new Category("直播电商", List.of("直播电商运营实务")),
            new Category("心理健康", List.of("情绪管理与压力疏导")));

    private static final List<String> SCHOOLS = List.of("山东开放大学", "山东理工职业学院", "济南职业学院",
            "青岛职业技术学院", "潍坊职业学院", "临沂职业学院");
    private static final List<String> MAJORS = List.of("行政管理", "机电一体化技术", "会计", "护理", "工程造价",
            "电子商务", "计算机应用技术");

    private final EventPublisher publisher;
    private final int year;
    private final Random random;
    private final LocalDate today;
    private final Map<String, Integer> categoryCursor = new HashMap<>();
    private final List<OpenLesson> openLessons = new ArrayList<>();
    private int courseCount;

    public DemoProvince(EventPublisher publisher, int year, long seed) {
        this.publisher = publisher;
        this.year = year;
        this.random = new Random(seed);
        this.today = LocalDate.of(year, 11, 28);
    }

    /** Publishes the whole year (without waiting for the broker; call {@link EventPublisher#flush()}). */
    public DemoProvince publish() {
        publisher.timeFrom(LocalDate.of(year, 2, 1).atTime(8, 0).atZone(SHANGHAI).toInstant());
        palaces();
        degreeProgramme();
        return this;
    }

    /** Lessons that a test can record attendance for, one per open class that has one. */
    public List<OpenLesson> openLessons() {
        return List.copyOf(openLessons);
    }

    /** The last day of the demo year's events. */
    public LocalDate today() {
        return today;
    }

    private void palaces() {
        publisher.publishLater(PROVINCE_PALACE, new PalaceRegisteredEvent(PROVINCE_PALACE, "山东省工人文化宫",
                PalaceLevel.PROVINCE, "370000", null));
        List<String> everyone = new ArrayList<>();
        for (City city : CITIES) {
            for (int i = 1; i <= 260; i++) {
                everyone.add("w-" + city.code() + "-" + i);
            }
        }
        courses(PROVINCE_PALACE, "370000", 4, everyone);
        for (City city : CITIES) {
            String cityPalace = "palace-" + city.code();
            publisher.publishLater(cityPalace, new PalaceRegisteredEvent(cityPalace, city.name() + "工人文化宫",
                    PalaceLevel.CITY, city.code(), PROVINCE_PALACE));
            List<String> workers = everyone.stream().filter(w -> w.startsWith("w-" + city.code())).toList();
            courses(cityPalace, city.code(), 3 + random.nextInt(3), workers);
            for (String[] county : new String[][] {{city.countyCode1(), city.county1()},
                                                    {city.countyCode2(), city.county2()}}) {
                String palace = "palace-" + county[0];
                publisher.publishLater(palace, new PalaceRegisteredEvent(palace, city.name() + county[1] + "工人文化宫",
                        PalaceLevel.COUNTY, city.code(), cityPalace));
                courses(palace, city.code(), 1 + random.nextInt(2), workers);
            }
        }
    }

    private void courses(String palaceId, String cityCode, int count, List<String> workers) {
        for (int c = 0; c < count; c++) {
            int cursor = categoryCursor.merge(palaceId, 1, Integer::sum) + random.nextInt(CATEGORIES.size());
            Category category = CATEGORIES.get((cursor + courseCount++) % CATEGORIES.size());
            String title = category.titles().get(random.nextInt(category.titles().size()));
            String courseId = "course-" + palaceId.substring("palace-".length()) + "-" + (c + 1);
            publisher.publishLater(courseId, new CourseCreatedEvent(courseId, palaceId, category.name(), title));
            int classes = random.nextInt(100) < 35 ? 2 : 1;
            for (int k = 1; k <= classes; k++) {
                clazz(courseId + "-" + k, courseId, palaceId, cityCode, title + " 第" + k + "期", workers);
            }
        }
    }

    private void clazz(String classId, String courseId, String palaceId, String cityCode, String title,
                       List<String> pool) {
        int capacity = 20 + 5 * random.nextInt(7);
        int lessonCount = 4 + random.nextInt(7);
        LocalDate first = LocalDate.of(year, 3, 2).plusDays(random.nextInt(285));
        LocalTime at = random.nextBoolean() ? LocalTime.of(19, 0) : LocalTime.of(9, 30);
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < lessonCount; i++) {
            Instant starts = first.plusWeeks(i).atTime(at).atZone(SHANGHAI).toInstant();
            lessons.add(new Lesson(starts, starts.plus(Duration.ofMinutes(90))));
        }
        Instant opens = first.minusDays(21).atStartOfDay(SHANGHAI).toInstant();
        Instant closes = lessons.get(0).startsAt();
        publisher.publishLater(classId, new ClassOpenedEvent(classId, courseId, palaceId, title, capacity, opens,
                closes, lessons, year));
        publisher.publishLater(classId, new RosterOpenedEvent(classId, palaceId, capacity, opens, closes,
                lessons.stream().map(Lesson::startsAt).toList(), year));

        int held = (int) lessons.stream().filter(l -> l.startsAt().atZone(SHANGHAI).toLocalDate().isBefore(today))
                .count();
        double fill = held == 0 ? 0.4 + random.nextDouble() * 0.7 : 0.75 + random.nextDouble() * 0.45;
        List<String> signUps = pick(pool, (int) Math.round(capacity * fill));
        Deque<String> waitlist = new ArrayDeque<>();
        Set<String> confirmed = new LinkedHashSet<>();
        Instant signedUp = opens.plus(Duration.ofDays(1));
        for (String worker : signUps) {
            if (confirmed.size() < capacity) {
                confirmed.add(worker);
                publisher.publishLater(classId, new TraineeSignedUpEvent(classId, worker, null, SignUpStatus.CONFIRMED,
                        null, signedUp));
            } else {
                waitlist.add(worker);
                publisher.publishLater(classId, new TraineeSignedUpEvent(classId, worker, null, SignUpStatus.WAITLISTED,
                        waitlist.size(), signedUp));
            }
        }
        if (!confirmed.isEmpty() && random.nextInt(100) < 30) {
            String leaving = confirmed.iterator().next();
            confirmed.remove(leaving);
            publisher.publishLater(classId, new SignUpCancelledEvent(classId, leaving, SignUpStatus.CONFIRMED,
                    signedUp.plus(Duration.ofDays(2))));
            if (!waitlist.isEmpty()) {
                String promoted = waitlist.removeFirst();
                confirmed.add(promoted);
                publisher.publishLater(classId, new WaitlistedTraineePromotedEvent(classId, promoted,
                        signedUp.plus(Duration.ofDays(2))));
            }
        }
        if (held == 0 && random.nextInt(100) < 5) {
            publisher.publishLater(classId, new ClassCancelledEvent(classId, palaceId, "场地维修"));
            List<String> ended = new ArrayList<>(confirmed);
            ended.addAll(waitlist);
            publisher.publishLater(classId, new RosterCancelledEvent(classId, "场地维修", ended));
            return;
        }
        for (int lesson = 0; lesson < held; lesson++) {
            for (String worker : confirmed) {
                if (random.nextInt(100) < 82) {
                    publisher.publishLater(classId, new AttendanceRecordedEvent(classId, worker, lesson,
                            lessons.get(lesson).startsAt().plus(Duration.ofMinutes(5))));
                }
            }
        }
        if (held == lessonCount && random.nextInt(100) < 85) {
            publisher.publishLater(classId, new ClassCompletedEvent(classId, palaceId));
            publisher.publishLater(classId, new RosterCompletedEvent(classId, List.copyOf(confirmed),
                    List.copyOf(waitlist)));
        } else if (held < lessonCount && !confirmed.isEmpty()) {
            openLessons.add(new OpenLesson(classId, palaceId, cityCode, confirmed.iterator().next(), held));
        }
    }

    private List<String> pick(List<String> pool, int count) {
        List<String> shuffled = new ArrayList<>(pool);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    // ---- the degree programme, simulated day by day ----

    private record Step(Instant at, int order, Runnable action) {
    }

    private final PriorityQueue<Step> steps = new PriorityQueue<>((a, b) -> a.at.equals(b.at)
            ? Integer.compare(a.order, b.order) : a.at.compareTo(b.at));
    private final Map<String, Integer> allocation = new HashMap<>();
    private final Map<String, Integer> reserved = new HashMap<>();
    private final Map<String, Deque<String>> queues = new HashMap<>();
    private final Map<String, BigDecimal> paid = new HashMap<>();
    private int stepOrder;
    private Instant now;

    private void degreeProgramme() {
        String quota = "subsidy-quota-" + year;
        Instant quotaSet = LocalDate.of(year, 2, 16).atTime(9, 0).atZone(SHANGHAI).toInstant();
        emit(quotaSet, quota, new SubsidyQuotaSetEvent(year, 1200,
                Map.of(DegreeLevel.JUNIOR_COLLEGE, JUNIOR_COLLEGE, DegreeLevel.BACHELOR, BACHELOR)));
        Instant allocated = LocalDate.of(year, 2, 20).atTime(10, 0).atZone(SHANGHAI).toInstant();
        for (City city : CITIES) {
            int places = 55 + random.nextInt(26);
            allocation.put(city.code(), places);
            reserved.put(city.code(), 0);
            queues.put(city.code(), new ArrayDeque<>());
            emit(allocated, quota, new CityAllocationSetEvent(year, city.code(), 0, places));
            int applications = 40 + random.nextInt(50);
            for (int a = 0; a < applications; a++) {
                LocalDate day = LocalDate.of(year, 3, 1).plusDays(random.nextInt(245));
                Instant at = day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(SHANGHAI).toInstant();
                String cityCode = city.code();
                schedule(at, () -> submit(cityCode));
            }
        }
        Instant end = today.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        while (!steps.isEmpty() && steps.peek().at().isBefore(end)) {
            Step step = steps.poll();
            now = step.at();
            step.action().run();
        }
    }

    private void submit(String cityCode) {
        String application = "app-" + UUID.nameUUIDFromBytes((cityCode + stepOrder).getBytes());
        DegreeLevel level = random.nextInt(100) < 60 ? DegreeLevel.JUNIOR_COLLEGE : DegreeLevel.BACHELOR;
        emit(now, application, new DegreeApplicationSubmittedEvent(application, "worker-" + application, year,
                level, SCHOOLS.get(random.nextInt(SCHOOLS.size())), MAJORS.get(random.nextInt(MAJORS.size())),
                "palace-" + cityCode, cityCode, now));
        schedule(later(3, 10), () -> review(application, cityCode, level));
    }

    private void review(String application, String cityCode, DegreeLevel level) {
        if (random.nextInt(100) < 8) {
            emit(now, application, new DegreeApplicationRejectedEvent(application, "不符合一线职工条件", now));
            return;
        }
        if (reserved.get(cityCode) < allocation.get(cityCode)) {
            reserve(application, cityCode, level, false);
        } else {
            Deque<String> queue = queues.get(cityCode);
            queue.add(application + "|" + level);
            emit(now, "subsidy-quota-" + year, new ApplicationQueuedForQuotaEvent(year, cityCode, application,
                    queue.size()));
            emit(now, application, new DegreeApplicationWaitingForQuotaEvent(application, year, cityCode, now));
        }
    }

    private void reserve(String application, String cityCode, DegreeLevel level, boolean fromQueue) {
        reserved.merge(cityCode, 1, Integer::sum);
        emit(now, "subsidy-quota-" + year, new SubsidyPlaceReservedEvent(year, cityCode, application, fromQueue));
        emit(now, application, new DegreeApplicationApprovedEvent(application, year, cityCode, now));
        if (random.nextInt(100) < 6) {
            schedule(later(5, 30), () -> withdrawUnpaid(application, cityCode));
        } else {
            schedule(later(7, 25), () -> admit(application, level));
        }
    }

    private void withdrawUnpaid(String application, String cityCode) {
        reserved.merge(cityCode, -1, Integer::sum);
        emit(now, "subsidy-quota-" + year, new SubsidyPlaceReleasedEvent(year, cityCode, application));
        emit(now, application, new DegreeApplicationWithdrawnEvent(application, "工作调动", true, now));
        Deque<String> queue = queues.get(cityCode);
        if (!queue.isEmpty()) {
            String[] next = queue.removeFirst().split("\\|");
            reserve(next[0], cityCode, DegreeLevel.valueOf(next[1]), true);
        }
    }

    private void admit(String application, DegreeLevel level) {
        emit(now, application, new DegreeApplicationAdmittedEvent(application, now));
        schedule(later(15, 40), () -> pay(application, level));
    }

    private void pay(String application, DegreeLevel level) {
        BigDecimal subsidy = level == DegreeLevel.JUNIOR_COLLEGE ? JUNIOR_COLLEGE : BACHELOR;
        BigDecimal instalment = subsidy.divide(BigDecimal.valueOf(2));
        BigDecimal total = paid.merge(application, instalment, BigDecimal::add);
        emit(now, application, new SubsidyPaidEvent(application, "pay-" + application + "-" + total, instalment,
                total, now));
        if (total.compareTo(subsidy) < 0) {
            schedule(later(60, 120), () -> pay(application, level));
        }
    }

    private Instant later(int minDays, int maxDays) {
        return now.plus(Duration.ofDays(minDays + random.nextInt(maxDays - minDays + 1)))
                .plus(Duration.ofMinutes(random.nextInt(480)));
    }

    private void schedule(Instant at, Runnable action) {
        steps.add(new Step(at, stepOrder++, action));
    }

    private void emit(Instant at, String aggregateId, Record payload) {
        publisher.timeFrom(at);
        publisher.publishLater(aggregateId, payload);
    }
}
