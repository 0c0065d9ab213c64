package cn.workerspalace.enrollment.quota.web;

/** Answers of the subsidy quota endpoints as Swagger UI shows them (OpenAPI examples). Money in yuan. */
final class QuotaExamples {

    static final String NEW_QUOTA = """
            {"id": "2026", "year": 2026, "places": 10000,
             "subsidyPerPlace": {"JUNIOR_COLLEGE": 3000.00, "BACHELOR": 4000.00},
             "allocated": 0, "unallocated": 10000, "allocations": []}""";

    static final String QUOTA = """
            {"id": "2026", "year": 2026, "places": 10000,
             "subsidyPerPlace": {"JUNIOR_COLLEGE": 3000.00, "BACHELOR": 4000.00},
             "allocated": 1400, "unallocated": 8600,
             "allocations": [{"cityCode": "370100", "places": 800, "reserved": 312, "waiting": 0, "remaining": 488},
                             {"cityCode": "370200", "places": 600, "reserved": 600, "waiting": 14, "remaining": 0}]}""";

    static final String INVALID_QUOTA = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: subsidyPerPlace.BACHELOR",
             "errors": [{"field": "subsidyPerPlace.BACHELOR", "message": "must be greater than 0"}],
             "instance": "/api/subsidy-quotas"}""";

    static final String INVALID_ALLOCATION = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: cityCode",
             "errors": [{"field": "cityCode", "message": "must be a 6-digit division code"}],
             "instance": "/api/subsidy-quotas/2026/allocations"}""";

    static final String UNKNOWN_YEAR = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "subsidy quota of year 2026 does not exist", "instance": "/api/subsidy-quotas/2026"}""";

    static final String UNKNOWN_CITY = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "city 370100 does not exist", "instance": "/api/subsidy-quotas/2026/allocations"}""";

    static final String YEAR_TAKEN = """
            {"type": "https://workerspalace.cn/problems/already-exists", "title": "Already exists", "status": 409,
             "detail": "a resource with this identity already exists", "instance": "/api/subsidy-quotas"}""";

    static final String EXCEEDS_QUOTA = """
            {"type": "https://workerspalace.cn/problems/allocations-exceed-quota",
             "title": "Refused by a business rule", "status": 409,
             "detail": "the 2026 quota has 8600 places left for city 370100, not 9000",
             "instance": "/api/subsidy-quotas/2026/allocations"}""";

    private QuotaExamples() {
    }
}
