package cn.workerspalace.projection.stats.web;

/** Example answers shown in the OpenAPI document (Swagger UI). */
final class StatsExamples {

    static final String PALACE = """
            {"palaceId": "palace-370100", "name": "济南市工人文化宫", "level": "CITY", "cityCode": "370100",
             "year": 2026, "courses": 12, "classesOpened": 18, "classesCancelled": 1, "classesCompleted": 6,
             "lessons": 124, "lessonsHeld": 71, "seats": 640, "confirmed": 598, "waitlisted": 23,
             "attendances": 2870, "distinctTrainees": 577, "completions": 190,
             "asOfEvent": "2026-11-30T17:04:05+08:00"}
            """;

    static final String PALACES = "[" + PALACE + "]";

    static final String PALACES_CSV = """
            \uFEFF文化宫编号,文化宫,级别,城市代码,城市,课程数,开班数,取消班数,结业班数,计划节次,已授课节次,座位数,已确认,候补,参训人次,去重学员,结业人数
            palace-370100,济南市工人文化宫,市级,370100,济南市,12,18,1,6,124,71,640,598,23,2870,577,190
            ,全省合计,,,,12,18,1,6,124,71,640,598,23,2870,577,190
            """;

    static final String CITIES = """
            {"year": 2026,
             "province": {"palaces": 153, "quota": 2000, "allocated": 1800, "reserved": 1342, "waiting": 57,
               "paidPlaces": 980, "paidAmount": 4650000.00, "graduated": 120, "withdrawn": 31, "remaining": 458,
               "degreeStudents": 1105, "courses": 420, "classesOpened": 563, "classesCancelled": 12,
               "classesCompleted": 140, "lessons": 3880, "lessonsHeld": 2214, "seats": 21500, "confirmed": 19870,
               "waitlisted": 640, "distinctTrainees": 15230, "personTimes": 88410, "completions": 4920},
             "cities": [{"cityCode": "370100", "name": "济南市", "nameEn": "Jinan", "palaces": 13,
               "allocated": 150, "reserved": 131, "waiting": 4, "paidPlaces": 96, "paidAmount": 452000.00,
               "graduated": 10, "withdrawn": 2, "remaining": 19, "degreeStudents": 104, "courses": 40,
               "classesOpened": 52, "classesCancelled": 1, "classesCompleted": 13, "lessons": 360,
               "lessonsHeld": 201, "seats": 1980, "confirmed": 1850, "waitlisted": 61, "distinctTrainees": 1502,
               "personTimes": 8033, "completions": 455}],
             "asOfEvent": "2026-11-30T17:04:05+08:00"}
            """;

    static final String CITIES_CSV = """
            \uFEFF城市代码,城市,分配名额,已占用名额,候补人数,已资助人数,剩余名额,已发放补助（元）,学历学员,开班数,已授课节次,去重学员,参训人次
            370100,济南市,150,131,4,96,19,452000.00,104,52,201,1502,8033
            ,全省合计,1800,1342,57,980,458,4650000.00,1105,563,2214,15230,88410
            """;

    static final String CLASSES = """
            [{"classId": "class-370100-07-1", "title": "手机摄影技巧 第1期", "courseId": "course-370100-07",
              "courseTitle": "手机摄影技巧", "category": "摄影", "status": "OPEN", "capacity": 40, "lessons": 6,
              "lessonsHeld": 3, "confirmed": 40, "waitlisted": 5, "attendances": 112, "completions": 0}]
            """;

    static final String CATEGORIES = """
            [{"category": "书法", "courses": 31, "classesOpened": 44, "classesCancelled": 1,
              "classesCompleted": 12, "seats": 1620, "confirmed": 1544, "attendances": 6120}]
            """;

    static final String SUBSIDY_DAILY = """
            {"year": 2026,
             "days": [{"date": "2026-03-02", "quota": 2000, "allocated": 1800, "reserved": 0, "waiting": 0,
                       "paidPlaces": 0, "paidAmount": 0, "graduated": 0, "withdrawn": 0, "remaining": 1800},
                      {"date": "2026-03-09", "quota": 2000, "allocated": 1800, "reserved": 86, "waiting": 0,
                       "paidPlaces": 0, "paidAmount": 0, "graduated": 0, "withdrawn": 1, "remaining": 1714}],
             "asOfEvent": "2026-11-30T17:04:05+08:00"}
            """;

    static final String YEARS = """
            {"current": 2026, "years": [2026, 2025]}
            """;

    static final String TRAINEES = """
            {"year": 2026,
             "province": {"distinctTrainees": 15230, "personTimes": 88410, "completions": 4920,
                          "degreeStudents": 1105},
             "cities": [{"cityCode": "370100", "distinctTrainees": 1502, "personTimes": 8033, "completions": 455,
                         "degreeStudents": 104}],
             "asOfEvent": "2026-11-30T17:04:05+08:00"}
            """;

    static final String SUBSIDY = """
            {"year": 2026, "quota": 2000, "allocated": 1800, "reserved": 1342, "waiting": 57, "paidPlaces": 980,
             "paidAmount": 4650000.00, "graduated": 120, "withdrawn": 31, "remaining": 458,
             "cities": [{"cityCode": "370100", "allocated": 150, "reserved": 131, "waiting": 4, "paidPlaces": 96,
                         "paidAmount": 452000.00, "graduated": 10, "withdrawn": 2, "remaining": 19}],
             "asOf": null, "asOfEvent": "2026-11-30T17:04:05+08:00"}
            """;

    static final String NOT_FOUND = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "no palace with id palace-999999", "instance": "/api/stats/palaces/palace-999999"}
            """;

    static final String INVALID = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "year: must be a year from 1900 to 9999",
             "errors": [{"field": "year", "message": "must be a year from 1900 to 9999"}]}
            """;

    private StatsExamples() {
    }
}
