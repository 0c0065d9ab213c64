package cn.workerspalace.enrollment.degree.web;

/** Answers of the degree application endpoints as Swagger UI shows them (OpenAPI examples). Money in yuan. */
final class ApplicationExamples {

    static final String SUBMITTED = """
            {"id": "app-2026-jn-000045", "workerId": "worker-jn-000123", "year": 2026, "level": "BACHELOR",
             "school": "山东大学", "major": "法学", "palaceId": "jinan", "cityCode": "370100", "status": "SUBMITTED",
             "paidAmount": 0.00, "queuePosition": null, "submittedAt": "2026-03-02T09:30:00+08:00", "reviewedAt": null,
             "approvedAt": null, "admittedAt": null, "closedAt": null, "reason": null, "placeReleased": null,
             "payments": []}""";

    static final String APPROVED = """
            {"id": "app-2026-jn-000045", "workerId": "worker-jn-000123", "year": 2026, "level": "BACHELOR",
             "school": "山东大学", "major": "法学", "palaceId": "jinan", "cityCode": "370100", "status": "APPROVED",
             "paidAmount": 0.00, "queuePosition": null, "submittedAt": "2026-03-02T09:30:00+08:00",
             "reviewedAt": "2026-03-05T14:00:00+08:00", "approvedAt": "2026-03-05T14:00:00+08:00", "admittedAt": null,
             "closedAt": null, "reason": null, "placeReleased": null, "payments": []}""";

    static final String REJECTED = """
            {"id": "app-2026-jn-000045", "workerId": "worker-jn-000123", "year": 2026, "level": "BACHELOR",
             "school": "山东大学", "major": "法学", "palaceId": "jinan", "cityCode": "370100", "status": "REJECTED",
             "paidAmount": 0.00, "queuePosition": null, "submittedAt": "2026-03-02T09:30:00+08:00",
             "reviewedAt": "2026-03-05T14:00:00+08:00", "approvedAt": null, "admittedAt": null,
             "closedAt": "2026-03-05T14:00:00+08:00", "reason": "申请材料不全：缺少前置学历证明", "placeReleased": null,
             "payments": []}""";

    static final String ADMITTED = """
            {"id": "app-2026-jn-000045", "workerId": "worker-jn-000123", "year": 2026, "level": "BACHELOR",
             "school": "山东大学", "major": "法学", "palaceId": "jinan", "cityCode": "370100", "status": "ADMITTED",
             "paidAmount": 0.00, "queuePosition": null, "submittedAt": "2026-03-02T09:30:00+08:00",
             "reviewedAt": "2026-03-05T14:00:00+08:00", "approvedAt": "2026-03-05T14:00:00+08:00",
             "admittedAt": "2026-09-01T10:00:00+08:00", "closedAt": null, "reason": null, "placeReleased": null,
             "payments": []}""";

    static final String GRADUATED = """
            {"id": "app-2026-jn-000045", "workerId": "worker-jn-000123", "year": 2026, "level": "BACHELOR",
             "school": "山东大学", "major": "法学", "palaceId": "jinan", "cityCode": "370100", "status": "GRADUATED",
             "paidAmount": 4000.00, "queuePosition": null, "submittedAt": "2026-03-02T09:30:00+08:00",
             "reviewedAt": "2026-03-05T14:00:00+08:00", "approvedAt": "2026-03-05T14:00:00+08:00",
             "admittedAt": "2026-09-01T10:00:00+08:00", "closedAt": "2028-07-01T10:00:00+08:00", "reason": null,
             "placeReleased": null,
             "payments": [{"id": "5f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f", "amount": 2000.00, "totalPaid": 2000.00,
                           "paidAt": "2026-10-15T10:00:00+08:00"},
                          {"id": "7a8b9c0d-1e2f-4a5b-8c6d-7e8f9a0b1c2d", "amount": 2000.00, "totalPaid": 4000.00,
                           "paidAt": "2027-10-15T10:00:00+08:00"}]}""";

    static final String WITHDRAWN = """
            {"id": "app-2026-jn-000045", "workerId": "worker-jn-000123", "year": 2026, "level": "BACHELOR",
             "school": "山东大学", "major": "法学", "palaceId": "jinan", "cityCode": "370100", "status": "WITHDRAWN",
             "paidAmount": 0.00, "queuePosition": null, "submittedAt": "2026-03-02T09:30:00+08:00",
             "reviewedAt": "2026-03-05T14:00:00+08:00", "approvedAt": "2026-03-05T14:00:00+08:00", "admittedAt": null,
             "closedAt": "2026-06-20T16:45:00+08:00", "reason": "工作调动，无法继续学业", "placeReleased": true,
             "payments": []}""";

    static final String PAYMENT = """
            {"id": "5f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f", "applicationId": "app-2026-jn-000045", "amount": 2000.00,
             "paidAmount": 2000.00, "paidAt": "2026-10-15T10:00:00+08:00"}""";

    static final String INVALID_APPLICATION = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: school", "errors": [{"field": "school", "message": "must not be blank"}],
             "instance": "/api/degree-applications"}""";

    static final String INVALID_REASON = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: reason", "errors": [{"field": "reason", "message": "must not be blank"}],
             "instance": "/api/degree-applications/app-2026-jn-000045/reject"}""";

    static final String INVALID_PAYMENT = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: amount", "errors": [{"field": "amount", "message": "must be greater than 0"}],
             "instance": "/api/degree-applications/app-2026-jn-000045/payments"}""";

    static final String UNKNOWN_WORKER = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "worker worker-jn-000123 does not exist", "instance": "/api/degree-applications"}""";

    static final String UNKNOWN_APPLICATION = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "degree application app-2026-jn-000045 does not exist",
             "instance": "/api/degree-applications/app-2026-jn-000045"}""";

    static final String OPEN_APPLICATION = """
            {"type": "https://workerspalace.cn/problems/open-application-exists",
             "title": "Refused by a business rule", "status": 409,
             "detail": "worker worker-jn-000123 has an open degree application already",
             "instance": "/api/degree-applications"}""";

    static final String WRONG_STATUS = """
            {"type": "https://workerspalace.cn/problems/wrong-application-status",
             "title": "Refused by a business rule", "status": 409,
             "detail": "application app-2026-jn-000045 is APPROVED; approve needs it to be SUBMITTED",
             "instance": "/api/degree-applications/app-2026-jn-000045/approve"}""";

    static final String SUBSIDY_EXCEEDED = """
            {"type": "https://workerspalace.cn/problems/subsidy-exceeded", "title": "Refused by a business rule",
             "status": 409,
             "detail": "paying 2500 to application app-2026-jn-000045 would bring its total to 4500.00, above the \
            subsidy of 4000.00",
             "instance": "/api/degree-applications/app-2026-jn-000045/payments"}""";

    private ApplicationExamples() {
    }
}
