package cn.workerspalace.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * A service's OpenAPI document ({@code /v3/api-docs}) and what the services' documentation tests ask of it: each
 * finder answers the operations that fall short, named {@code "<method> <path>"}, so that a test asserts they are
 * none (or exactly those it expects). An answer is one with an example; a 204, which has no body, needs none.
 */
public final class OpenApiDocument {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private final JsonNode docs;

    public OpenApiDocument(JsonNode docs) {
        this.docs = docs;
    }

    public List<String> tagNames() {
        List<String> tags = new ArrayList<>();
        docs.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        return tags;
    }

    public List<String> operationsWithoutSummary() {
        return operations((name, operation) -> operation.path("summary").asText().isBlank());
    }

    public List<String> operationsWithoutTag() {
        return operations((name, operation) -> operation.path("tags").isEmpty());
    }

    /** POSTs whose JSON request body shows no example. */
    public List<String> postsWithoutExampleRequest() {
        return operations((name, operation) -> {
            JsonNode body = jsonRequestBody(operation);
            return name.startsWith("post ") && !body.isMissingNode() && !hasExample(body);
        });
    }

    /** POSTs that take no JSON body at all. */
    public List<String> postsWithoutBody() {
        return operations((name, operation) -> name.startsWith("post ") && jsonRequestBody(operation).isMissingNode());
    }

    /**
     * {@code "<status> <method> <path>"} of every 2xx answer without an example JSON body, and {@code "2xx <method>
     * <path>"} of every operation that documents no 2xx answer.
     */
    public List<String> answersWithoutExample() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, operation) -> {
            boolean success = false;
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                String status = response.getKey();
                if (status.startsWith("2")) {
                    success = true;
                    if (!status.equals("204") && !hasExample(response.getValue().path("content").path(JSON))) {
                        missing.add(status + " " + name);
                    }
                }
            }
            if (!success) {
                missing.add("2xx " + name);
            }
        });
        return missing;
    }

    /** {@code "<status> <method> <path>"} of every 4xx answer that is not an example problem detail. */
    public List<String> refusalsNotProblemDetails() {
        List<String> notProblems = new ArrayList<>();
        eachOperation((name, operation) -> operation.path("responses").properties().forEach(response -> {
            String status = response.getKey();
            if (status.startsWith("4") && !hasExample(response.getValue().path("content").path(PROBLEM))) {
                notProblems.add(status + " " + name);
            }
        }));
        return notProblems;
    }

    private static JsonNode jsonRequestBody(JsonNode operation) {
        return operation.path("requestBody").path("content").path(JSON);
    }

    private List<String> operations(BiPredicate<String, JsonNode> fallsShort) {
        List<String> names = new ArrayList<>();
        eachOperation((name, operation) -> {
            if (fallsShort.test(name, operation)) {
                names.add(name);
            }
        });
        return names;
    }

    private void eachOperation(BiConsumer<String, JsonNode> check) {
        docs.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> check.accept(operation.getKey() + " " + path.getKey(), operation.getValue())));
    }

    /** An example on the media type, or on the schema, or on every property of the (referenced) schema. */
    private boolean hasExample(JsonNode mediaType) {
        if (mediaType.isMissingNode()) {
            return false;
        }
        return mediaType.has("example") || mediaType.path("examples").size() > 0
                || schemaHasExample(mediaType.path("schema"));
    }

    private boolean schemaHasExample(JsonNode schema) {
        if (schema.has("$ref")) {
            schema = docs.at("/components/schemas/" + schema.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        if (schema.isMissingNode()) {
            return false;
        }
        if (schema.has("example")) {
            return true;
        }
        if (schema.has("items")) {
            return schemaHasExample(schema.get("items"));
        }
        JsonNode properties = schema.path("properties");
        if (properties.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            if (!schemaHasExample(property.getValue())) {
                return false;
            }
        }
        return true;
    }
}
