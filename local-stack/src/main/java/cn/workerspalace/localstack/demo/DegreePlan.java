package cn.workerspalace.localstack.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 求学圆梦 demo data: the year's quota, an allocation to each of the 16 cities (one city deliberately short of
 * places, so a waiting queue forms there), and applications by front-line workers that end in every state.
 */
final class DegreePlan {

    static final int PLACES = 10_000;
    static final Map<String, BigDecimal> SUBSIDY_PER_PLACE = Map.of(
            "JUNIOR_COLLEGE", new BigDecimal("3000"), "BACHELOR", new BigDecimal("4500"));
    /** 青岛: a handful of places, so its later approvals wait for quota. */
    static final String SHORT_CITY = "370200";
    static final int SHORT_CITY_PLACES = 3;
    static final int CITY_PLACES = 620;

    /** Where an application is taken to; a short city's approval may leave it waiting instead. */
    enum Fate { SUBMITTED, REJECTED, APPROVED, ADMITTED, PAID_IN_PART, PAID_IN_FULL, GRADUATED, WITHDRAWN_UNPAID,
        WITHDRAWN_AFTER_PAYMENT }

    record Application(String id, String workerId, String level, String school, String major, Fate fate) {
    }

    private static final List<String> SCHOOLS = List.of("山东开放大学", "山东理工大学", "济南大学", "青岛科技大学",
            "山东交通学院", "齐鲁工业大学");
    private static final List<String> MAJORS = List.of("机械设计制造及其自动化", "电气工程及其自动化", "会计学",
            "工商管理", "护理学", "计算机科学与技术", "土木工程", "物流管理");

    final int year;
    final Map<String, Integer> allocations = new LinkedHashMap<>();
    final List<Application> applications = new ArrayList<>();

    private DegreePlan(int year) {
        this.year = year;
    }

    /** About one worker in twelve applies; never fewer than 30, so even a small demo shows a queue. */
    static DegreePlan of(DemoPlan plan, int year) {
        int applicants = Math.max(30, plan.workers.size() / 12);
        DegreePlan degree = new DegreePlan(year);
        for (Divisions.City city : Divisions.shandong()) {
            degree.allocations.put(city.code(), city.code().equals(SHORT_CITY) ? SHORT_CITY_PLACES : CITY_PLACES);
        }
        List<DemoPlan.Worker> frontLine = plan.workers.stream().filter(DemoPlan.Worker::frontLine).toList();
        Fate[] fates = Fate.values();
        for (int i = 0; i < Math.min(applicants, frontLine.size()); i++) {
            DemoPlan.Worker worker = frontLine.get(i);
            degree.applications.add(new Application("demo-application-" + (i + 1), worker.id(),
                    i % 3 == 0 ? "JUNIOR_COLLEGE" : "BACHELOR", SCHOOLS.get(i % SCHOOLS.size()),
                    MAJORS.get(i % MAJORS.size()), fates[i % fates.length]));
        }
        return degree;
    }
}
