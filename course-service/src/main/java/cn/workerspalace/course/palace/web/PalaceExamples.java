package cn.workerspalace.course.palace.web;

/** Answers of the palace endpoints as Swagger UI shows them (OpenAPI examples). */
final class PalaceExamples {

    static final String PALACE = """
            {"id": "jinan", "name": "济南市工人文化宫", "level": "CITY", "cityCode": "370100", "parentId": "shandong",
             "servicePoints": [{"id": "jinan-lixia-quancheng", "palaceId": "jinan", "name": "泉城路街道职工服务站",
                                "address": "济南市历下区泉城路180号"}]}""";

    static final String NEW_PALACE = """
            {"id": "jinan", "name": "济南市工人文化宫", "level": "CITY", "cityCode": "370100", "parentId": "shandong",
             "servicePoints": []}""";

    static final String PALACES = """
            [{"id": "shandong", "name": "山东省职工文化中心", "level": "PROVINCE", "cityCode": "370000",
              "parentId": null, "servicePoints": []},
             {"id": "jinan", "name": "济南市工人文化宫", "level": "CITY", "cityCode": "370100", "parentId": "shandong",
              "servicePoints": [{"id": "jinan-lixia-quancheng", "palaceId": "jinan", "name": "泉城路街道职工服务站",
                                 "address": "济南市历下区泉城路180号"}]},
             {"id": "jinan-zhangqiu", "name": "章丘区工人文化宫", "level": "COUNTY", "cityCode": "370100",
              "parentId": "jinan", "servicePoints": []}]""";

    static final String SERVICE_POINT = """
            {"id": "jinan-lixia-quancheng", "palaceId": "jinan", "name": "泉城路街道职工服务站",
             "address": "济南市历下区泉城路180号"}""";

    static final String INVALID_PALACE = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: cityCode, parentId",
             "errors": [{"field": "cityCode", "message": "must be a 6-digit division code"},
                        {"field": "parentId", "message": "is required for a CITY palace"}],
             "instance": "/api/palaces"}""";

    static final String INVALID_SERVICE_POINT = """
            {"type": "https://workerspalace.cn/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "invalid fields: address", "errors": [{"field": "address", "message": "must not be blank"}],
             "instance": "/api/palaces/jinan/service-points"}""";

    static final String UNKNOWN_PARENT = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "palace shandong does not exist",
             "instance": "/api/palaces"}""";

    static final String UNKNOWN_PALACE = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "palace jinan does not exist",
             "instance": "/api/palaces/jinan"}""";

    static final String UNKNOWN_SERVICE_POINT = """
            {"type": "https://workerspalace.cn/problems/not-found", "title": "Unknown resource", "status": 404,
             "detail": "service point jinan-lixia-quancheng does not exist",
             "instance": "/api/palaces/jinan/service-points/jinan-lixia-quancheng"}""";

    static final String CITY_TAKEN = """
            {"type": "https://workerspalace.cn/problems/city-already-has-palace", "title": "Refused by a business rule",
             "status": 409, "detail": "city 370100 already has a CITY palace",
             "instance": "/api/palaces"}""";

    static final String SERVICE_POINT_TAKEN = """
            {"type": "https://workerspalace.cn/problems/already-exists", "title": "Refused by a business rule",
             "status": 409, "detail": "service point jinan-lixia-quancheng already exists",
             "instance": "/api/palaces/jinan/service-points"}""";

    private PalaceExamples() {
    }
}
