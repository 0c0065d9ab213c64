package cn.workerspalace.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every write service's OpenAPI document says about the conventions this module implements. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String IDEMPOTENCY_KEY = IdempotencyKeyFilter.HEADER;

    /**
     * Spring's {@code ProblemDetail} writes its extra properties at the top level, not under {@code properties} as
     * springdoc infers from the class: describe what clients actually receive.
     */
    @Bean
    OpenApiCustomizer problemDetailSchema() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
                    || !openApi.getComponents().getSchemas().containsKey("ProblemDetail")) {
                return;
            }
            Schema<?> fieldError = new ObjectSchema()
                    .addProperty("field", new StringSchema().description("the request field, as the client wrote it"))
                    .addProperty("message", new StringSchema().description("what is wrong with it"));
            openApi.getComponents().addSchemas("ProblemDetail", new ObjectSchema()
                    .description("RFC 9457 problem details")
                    .addProperty("type", new StringSchema().format("uri").description("the kind of problem: "
                            + "invalid-request, malformed-request, not-found, already-exists, or the business rule "
                            + "that refused the request"))
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema().description("what happened, naming the values"))
                    .addProperty("instance", new StringSchema().format("uri").description("the request path"))
                    .addProperty("errors", new ArraySchema().items(fieldError)
                            .description("400 only: every invalid field and why")));
        };
    }

    /** Every POST honours an {@code Idempotency-Key} header (the platform's filter): show it where clients look. */
    @Bean
    OpenApiCustomizer idempotencyKeyHeader() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().stream().map(PathItem::getPost).filter(Objects::nonNull)
                    .filter(post -> post.getParameters() == null || post.getParameters().stream()
                            .noneMatch(parameter -> IDEMPOTENCY_KEY.equals(parameter.getName())))
                    .forEach(ApiDocumentation::addIdempotencyKey);
        };
    }

    private static void addIdempotencyKey(Operation post) {
        post.addParametersItem(new HeaderParameter()
                .name(IDEMPOTENCY_KEY)
                .required(false)
                .description("Optional, 1 to 255 characters. A POST repeated with the same key within 24 hours is "
                        + "answered as the first was and changes nothing; the same key on another request is 422.")
                .schema(new StringSchema().maxLength(255))
                .example("6f1c2a9e-4b7d-4e0a-9d3c-2b5e8f7a1c40"));
    }
}
