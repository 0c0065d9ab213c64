package cn.workerspalace.course.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and summary of the OpenAPI document at {@code /v3/api-docs}; the problem details schema and the
 * Idempotency-Key header are described by the platform.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI courseServiceApi() {
        return new OpenAPI().info(new Info()
                .title("course-service")
                .version("1")
                .description("Training coordinators' API: palaces and their service points, courses, and classes "
                        + "with capacity, enrolment window and lessons. Every change is published on course-events. "
                        + "Refusals are RFC 9457 problem details (application/problem+json): 400 names each invalid "
                        + "field, 404 the unknown resource, 409 the business rule in its type. A POST with an "
                        + "Idempotency-Key header that repeats an earlier one is answered as the first was."));
    }
}
