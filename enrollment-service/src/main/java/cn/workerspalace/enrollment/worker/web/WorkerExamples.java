package cn.workerspalace.enrollment.worker.web;

/** Answers of the worker endpoints as Swagger UI shows them (OpenAPI examples); personal data only masked. */
final class WorkerExamples {

    static final String NEW_WORKER = """
            {"id": "worker-jn-000123", "memberNo": "JN2026000123", "name": "张伟", "idNumber": "110105********002X",
             "phone": "138****5678", "personalDataErased": false, "palaceId": "jinan", "cityCode": "370100",
             "servicePointId": "jinan-lixia-quancheng", "frontLine": true, "migrantWorker": false,
             "registeredAt": "2026-01-12T10:15:30+08:00", "signUps": [], "applications": []}""";

    static final String WORKER = """
            {"id": "worker-jn-000123", "memberNo": "JN2026000123", "name": "张伟", "idNumber": "110105********002X",
             "phone": "138****5678", "personalDataErased": false, "palaceId": "jinan", "cityCode": "370100",
             "servicePointId": "jinan-lixia-quancheng", "frontLine": true, "migrantWorker": false,
             "registeredAt": "2026-01-12T10:15:30+08:00",
             "signUps": [{"classId": "jinan-calligraphy-2026-spring", "status": "CONFIRMED", "waitlistPosition": null,
                          "signedUpAt": "2026-02-03T19:02:11+08:00", "servicePointId": "jinan-lixia-quancheng"}],
             "applications": [{"id": "app-2026-jn-000045", "year": 2026, "level": "BACHELOR", "school": "山东大学",
                               "major": "法学", "cityCode": "370100", "status": "APPROVED", "paidAmount": 0,
                               "queuePosition": null, "submittedAt": "2026-03-02T09:30:00+08:00"}]}""";

    static final String INVALID = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: idNumber",
             "errors": [{"field": "idNumber",
                         "message": "must be an 18-character national ID number with a valid check digit (GB 11643)"}],
             "instance": "/api/workers"}""";

    static final String UNKNOWN_PALACE = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "palace jinan does not exist", "instance": "/api/workers"}""";

    static final String UNKNOWN_WORKER = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "worker worker-jn-000123 does not exist", "instance": "/api/workers/worker-jn-000123"}""";

    static final String ID_NUMBER_TAKEN = """
            {"type": "https://workerspalace.cn/problems/id-number-already-registered",
             "title": "Refused by a business rule", "status": 409,
             "detail": "a worker with this national ID number is already registered", "instance": "/api/workers"}""";

    static final String UNKNOWN_WORKER_ERASURE = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "worker worker-jn-000123 does not exist",
             "instance": "/api/workers/worker-jn-000123/personal-data"}""";

    private WorkerExamples() {
    }
}
