package cn.workerspalace.course.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI document at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI courseServiceApi() {
        return new OpenAPI().info(new Info()
                .title("course-service")
                .version("1")
                .description("Training coordinators' API: palaces and their service points, courses, and classes "
                        + "with capacity, enrolment window and lessons. Every change is published on course-events."));
    }
}
