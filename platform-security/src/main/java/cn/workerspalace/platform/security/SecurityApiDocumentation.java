package cn.workerspalace.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every operation needs a bearer JWT: say so in the OpenAPI document, which gives Swagger UI its Authorize button. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OpenApiCustomizer.class)
class SecurityApiDocumentation {

    static final String SCHEME = "bearer-jwt";

    @Bean
    OpenApiCustomizer bearerJwtSecurityScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .bearerFormat("JWT")
                    .description("A JWT from the identity provider (locally: java -jar "
                            + "local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar --token OPS_CENTER). Its roles "
                            + "and palaceId/workerId claims decide what it may do; see docs/security.md."));
            if (openApi.getSecurity() == null || openApi.getSecurity().isEmpty()) {
                openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
            }
        };
    }
}
