package cn.workerspalace.course.course.web;

/** Answers of the course endpoints as Swagger UI shows them (OpenAPI examples). */
final class CourseExamples {

    static final String COURSE = """
            {"id": "jinan-calligraphy", "palaceId": "jinan", "category": "书法", "title": "硬笔书法入门"}""";

    static final String INVALID = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: category", "errors": [{"field": "category", "message": "must not be blank"}],
             "instance": "/api/courses"}""";

    static final String UNKNOWN_PALACE = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "palace jinan does not exist", "instance": "/api/courses"}""";

    static final String UNKNOWN_COURSE = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "course jinan-calligraphy does not exist", "instance": "/api/courses/jinan-calligraphy"}""";

    static final String TAKEN = """
            {"type": "https://workerspalace.cn/problems/already-exists", "title": "Refused by a business rule",
             "status": 409, "detail": "course jinan-calligraphy already exists", "instance": "/api/courses"}""";

    private CourseExamples() {
    }
}
