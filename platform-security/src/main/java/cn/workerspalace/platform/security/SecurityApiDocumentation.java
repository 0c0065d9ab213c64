package cn.workerspalace.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
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
            boolean problemSchema = openApi.getComponents().getSchemas() != null
                    && openApi.getComponents().getSchemas().containsKey("ProblemDetail");
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(path -> path.readOperations().forEach(
                        operation -> addRefusals(operation, problemSchema)));
            }
        };
    }

    private static void addRefusals(Operation operation, boolean problemSchema) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.putIfAbsent("401", problem("No valid bearer token: missing, expired, of another issuer or not "
                + "signed by a trusted key (WWW-Authenticate says which)", problemSchema, 401, "unauthenticated",
                "Unauthenticated", "a valid bearer token is required (Authorization: Bearer <JWT>); it is missing, "
                        + "expired, from another issuer or not signed by a trusted key"));
        responses.putIfAbsent("403", problem("The token's role, palace or worker does not allow this request; "
                + "nothing was written", problemSchema, 403, "forbidden", "Forbidden",
                "the token's role or palace does not allow this request"));
        operation.setResponses(responses);
    }

    private static ApiResponse problem(String description, boolean problemSchema, int status, String type,
                                       String title, String detail) {
        Schema<?> schema = problemSchema ? new Schema<>().$ref("#/components/schemas/ProblemDetail")
                : new Schema<>().type("object");
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", SecurityProblems.TYPE_BASE + type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", "/api/degree-applications/app-1/approve");
        return new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(schema).example(example)));
    }
}
