package cn.workerspalace.enrollment.history;

/** Answers of the history endpoints as Swagger UI shows them (OpenAPI examples). */
final class HistoryExamples {

    static final String WORKER = """
            [{"sequence": 0, "type": "WorkerRegisteredEvent", "occurredAt": "2026-01-12T10:15:30+08:00",
              "actor": "sp-jinan-lixia-01", "actorRoles": ["SERVICE_POINT"]},
             {"sequence": 1, "type": "WorkerPersonalDataErasedEvent", "occurredAt": "2026-06-01T09:00:00+08:00",
              "actor": "ops-zhang", "actorRoles": ["OPS_CENTER"]}]""";

    static final String APPLICATION = """
            [{"sequence": 0, "type": "DegreeApplicationSubmittedEvent", "occurredAt": "2026-03-02T09:30:00+08:00",
              "actor": "sp-jinan-lixia-01", "actorRoles": ["SERVICE_POINT"]},
             {"sequence": 1, "type": "DegreeApplicationApprovedEvent", "occurredAt": "2026-03-05T14:00:00+08:00",
              "actor": "ops-zhang", "actorRoles": ["OPS_CENTER"]}]""";

    static final String UNKNOWN_WORKER = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "worker worker-jn-000123 does not exist", "instance": "/api/workers/worker-jn-000123/history"}""";

    static final String UNKNOWN_APPLICATION = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "degree application app-2026-jn-000045 does not exist",
             "instance": "/api/degree-applications/app-2026-jn-000045/history"}""";

    private HistoryExamples() {
    }
}
