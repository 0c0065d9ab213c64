package cn.workerspalace.course.clazz.web;

/** Answers of the class endpoints as Swagger UI shows them (OpenAPI examples). Instants are answered in UTC. */
final class ClassExamples {

    static final String OPEN_CLASS = """
            {"id": "jinan-calligraphy-2026-spring", "courseId": "jinan-calligraphy", "palaceId": "jinan",
             "title": "2026年春季周末班", "capacity": 30, "status": "OPEN",
             "enrolmentOpensAt": "2026-02-01T01:00:00Z", "enrolmentClosesAt": "2026-02-28T10:00:00Z",
             "lessons": [{"index": 0, "startsAt": "2026-03-07T01:00:00Z", "endsAt": "2026-03-07T03:00:00Z"},
                         {"index": 1, "startsAt": "2026-03-14T01:00:00Z", "endsAt": "2026-03-14T03:00:00Z"}],
             "year": 2026, "cancellationReason": null}""";

    static final String LARGER_CLASS = """
            {"id": "jinan-calligraphy-2026-spring", "courseId": "jinan-calligraphy", "palaceId": "jinan",
             "title": "2026年春季周末班", "capacity": 40, "status": "OPEN",
             "enrolmentOpensAt": "2026-02-01T01:00:00Z", "enrolmentClosesAt": "2026-02-28T10:00:00Z",
             "lessons": [{"index": 0, "startsAt": "2026-03-07T01:00:00Z", "endsAt": "2026-03-07T03:00:00Z"},
                         {"index": 1, "startsAt": "2026-03-14T01:00:00Z", "endsAt": "2026-03-14T03:00:00Z"}],
             "year": 2026, "cancellationReason": null}""";

    static final String CANCELLED_CLASS = """
            {"id": "jinan-calligraphy-2026-spring", "courseId": "jinan-calligraphy", "palaceId": "jinan",
             "title": "2026年春季周末班", "capacity": 30, "status": "CANCELLED",
             "enrolmentOpensAt": "2026-02-01T01:00:00Z", "enrolmentClosesAt": "2026-02-28T10:00:00Z",
             "lessons": [{"index": 0, "startsAt": "2026-03-07T01:00:00Z", "endsAt": "2026-03-07T03:00:00Z"},
                         {"index": 1, "startsAt": "2026-03-14T01:00:00Z", "endsAt": "2026-03-14T03:00:00Z"}],
             "year": 2026, "cancellationReason": "授课教师因病无法授课"}""";

    static final String COMPLETED_CLASS = """
            {"id": "jinan-calligraphy-2026-spring", "courseId": "jinan-calligraphy", "palaceId": "jinan",
             "title": "2026年春季周末班", "capacity": 30, "status": "COMPLETED",
             "enrolmentOpensAt": "2026-02-01T01:00:00Z", "enrolmentClosesAt": "2026-02-28T10:00:00Z",
             "lessons": [{"index": 0, "startsAt": "2026-03-07T01:00:00Z", "endsAt": "2026-03-07T03:00:00Z"},
                         {"index": 1, "startsAt": "2026-03-14T01:00:00Z", "endsAt": "2026-03-14T03:00:00Z"}],
             "year": 2026, "cancellationReason": null}""";

    static final String INVALID_CLASS = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: lessons[1].endsAt",
             "errors": [{"field": "lessons[1].endsAt", "message": "must be after startsAt"}],
             "instance": "/api/classes"}""";

    static final String INVALID_CAPACITY = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: capacity",
             "errors": [{"field": "capacity", "message": "must be less than or equal to 10000"}],
             "instance": "/api/classes/jinan-calligraphy-2026-spring/capacity"}""";

    static final String INVALID_REASON = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: reason", "errors": [{"field": "reason", "message": "must not be blank"}],
             "instance": "/api/classes/jinan-calligraphy-2026-spring/cancel"}""";

    static final String UNKNOWN_COURSE = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "course jinan-calligraphy does not exist", "instance": "/api/classes"}""";

    static final String UNKNOWN_CLASS = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "class jinan-calligraphy-2026-spring does not exist",
             "instance": "/api/classes/jinan-calligraphy-2026-spring"}""";

    static final String TAKEN = """
            {"type": "https://workerspalace.cn/problems/already-exists", "title": "Already exists", "status": 409,
             "detail": "a resource with this identity already exists", "instance": "/api/classes"}""";

    static final String NOT_OPEN = """
            {"type": "https://workerspalace.cn/problems/class-not-open", "title": "Refused by a business rule",
             "status": 409, "detail": "class jinan-calligraphy-2026-spring is CANCELLED, not OPEN",
             "instance": "/api/classes/jinan-calligraphy-2026-spring/capacity"}""";

    private ClassExamples() {
    }
}
