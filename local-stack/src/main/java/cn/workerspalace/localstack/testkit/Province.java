package cn.workerspalace.localstack.testkit;

import cn.workerspalace.localstack.demo.NationalIds;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What the system tests share: the provincial palace, Jinan's city palace and the 历下区 county palace, lesson times
 * and valid ID numbers. The palaces' identifiers differ from the demo loader's, so the demo data test also shows
 * that the loader builds on a province and a city palace registered before it under other identifiers.
 */
public final class Province {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final String PROVINCE = "it-province";
    public static final String JINAN = "it-jinan";
    public static final String LIXIA = "it-lixia";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(SHANGHAI);

    private Province() {
    }

    /** Registers the three palaces unless an earlier test did. */
    public static void registerPalaces(Http http, URI course) {
        register(http, course, Map.of("id", PROVINCE, "name", "山东省工人文化宫", "level", "PROVINCE",
                "cityCode", "370000"));
        register(http, course, Map.of("id", JINAN, "name", "济南市工人文化宫", "level", "CITY",
                "cityCode", "370100", "parentId", PROVINCE));
        register(http, course, Map.of("id", LIXIA, "name", "济南市历下区工人文化宫", "level", "COUNTY",
                "cityCode", "370100", "parentId", JINAN));
    }

    private static void register(Http http, URI course, Map<String, String> palace) {
        Http.Answer answer = http.post(course, "/api/palaces", palace);
        if (answer.status() != 201 && answer.status() != 409) {
            throw new AssertionError("register " + palace.get("id") + ": " + answer);
        }
    }

    /**
     * A class whose first lesson began an hour ago (so attendance can be recorded and the class belongs to the
     * year of that lesson), the others weekly after it; its enrolment window is open.
     */
    public static Map<String, Object> clazz(String id, String courseId, int capacity, int lessons, Instant now) {
        Instant first = now.minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        List<Map<String, String>> schedule = java.util.stream.IntStream.range(0, lessons)
                .mapToObj(i -> Map.of("startsAt", time(first.plus(7L * i, ChronoUnit.DAYS)),
                        "endsAt", time(first.plus(7L * i, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS))))
                .toList();
        return Map.of("id", id, "courseId", courseId, "title", id, "capacity", capacity,
                "enrolmentOpensAt", time(now.minus(1, ChronoUnit.DAYS)),
                "enrolmentClosesAt", time(now.plus(30, ChronoUnit.DAYS)), "lessons", schedule);
    }

    /** The year the classes of {@link #clazz} count in. */
    public static int yearOfClassesStarting(Instant now) {
        return now.minus(1, ChronoUnit.HOURS).atZone(SHANGHAI).getYear();
    }

    /**
     * A worker's registration with a valid national ID number unique to {@code number}. The region code 370100 is
     * one the demo loader never uses (it registers people of county-level divisions), so the two cannot collide.
     */
    public static Map<String, Object> worker(String id, int number, String palaceId) {
        String idNumber = NationalIds.of("370100", LocalDate.of(1975, 1, 1).plusDays(number / 2), 100 + number % 2);
        return Map.of("id", id, "memberNo", "IT" + number, "name", "测试职工" + number, "idNumber", idNumber,
                "phone", String.format("139%08d", number), "palaceId", palaceId, "frontLine", true,
                "migrantWorker", false);
    }

    public static String time(Instant instant) {
        return ISO.format(instant);
    }
}
