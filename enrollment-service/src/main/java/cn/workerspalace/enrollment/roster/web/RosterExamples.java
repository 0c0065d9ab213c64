package cn.workerspalace.enrollment.roster.web;

/** Answers of the roster endpoints as Swagger UI shows them (OpenAPI examples). */
final class RosterExamples {

    static final String CONFIRMED = """
            {"classId": "jinan-calligraphy-2026-spring", "workerId": "worker-jn-000123", "status": "CONFIRMED",
             "waitlistPosition": null, "servicePointId": "jinan-lixia-quancheng"}""";

    static final String CANCELLED = """
            {"classId": "jinan-calligraphy-2026-spring", "workerId": "worker-jn-000123", "status": "CANCELLED",
             "waitlistPosition": null, "servicePointId": null}""";

    static final String ATTENDANCE = """
            {"classId": "jinan-calligraphy-2026-spring", "workerId": "worker-jn-000123", "lessonIndex": 0,
             "recordedAt": "2026-03-07T09:05:12+08:00"}""";

    static final String ROSTER = """
            {"classId": "jinan-calligraphy-2026-spring", "status": "OPEN", "capacity": 2,
             "confirmed": [{"workerId": "worker-jn-000123", "signedUpAt": "2026-02-03T19:02:11+08:00",
                            "servicePointId": "jinan-lixia-quancheng"},
                           {"workerId": "worker-jn-000124", "signedUpAt": "2026-02-03T19:04:40+08:00",
                            "servicePointId": null}],
             "waitlist": [{"workerId": "worker-jn-000131", "signedUpAt": "2026-02-04T08:30:00+08:00",
                           "servicePointId": null, "position": 1}]}""";

    static final String INVALID_SIGN_UP = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: workerId", "errors": [{"field": "workerId", "message": "must not be blank"}],
             "instance": "/api/classes/jinan-calligraphy-2026-spring/sign-ups"}""";

    static final String INVALID_ATTENDANCE = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "lessonIndex: must name a lesson of the class, 0 to 1",
             "errors": [{"field": "lessonIndex", "message": "must name a lesson of the class, 0 to 1"}],
             "instance": "/api/classes/jinan-calligraphy-2026-spring/attendance"}""";

    static final String UNKNOWN_CLASS = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "no resource with id jinan-calligraphy-2026-spring",
             "instance": "/api/classes/jinan-calligraphy-2026-spring/sign-ups"}""";

    static final String UNKNOWN_ROSTER = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "class jinan-calligraphy-2026-spring does not exist",
             "instance": "/api/classes/jinan-calligraphy-2026-spring/roster"}""";

    static final String NO_SIGN_UP = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "sign-up of worker worker-jn-000123 for class jinan-calligraphy-2026-spring does not exist",
             "instance": "/api/classes/jinan-calligraphy-2026-spring/sign-ups/worker-jn-000123"}""";

    static final String UNKNOWN_WORKER = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "worker worker-jn-000123 does not exist",
             "instance": "/api/classes/jinan-calligraphy-2026-spring/attendance"}""";

    static final String ALREADY_SIGNED_UP = """
            {"type": "https://workerspalace.cn/problems/already-signed-up", "title": "Refused by a business rule",
             "status": 409,
             "detail": "worker worker-jn-000123 is confirmed for class jinan-calligraphy-2026-spring already",
             "instance": "/api/classes/jinan-calligraphy-2026-spring/sign-ups"}""";

    static final String NOT_A_TRAINEE = """
            {"type": "https://workerspalace.cn/problems/not-a-confirmed-trainee", "title": "Refused by a business rule",
             "status": 409,
             "detail": "worker worker-jn-000131 holds no confirmed seat in class jinan-calligraphy-2026-spring",
             "instance": "/api/classes/jinan-calligraphy-2026-spring/attendance"}""";

    private RosterExamples() {
    }
}
