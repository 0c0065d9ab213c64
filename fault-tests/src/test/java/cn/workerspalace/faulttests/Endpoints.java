package cn.workerspalace.faulttests;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.localstack.testkit.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The POST endpoints a service's OpenAPI document ({@code /v3/api-docs}) lists, each with a well-formed body built
 * from its request schema: field values by name where the name says what is valid (a real palace, a national ID
 * number with its check digit...), otherwise by the schema's type, format and enumeration.
 */
final class Endpoints {

    /** One POST endpoint: its path template, the path to send to, and a well-formed body ({@code null}: none). */
    record Endpoint(URI service, String template, String path, ObjectNode body, List<String> stringFields) {

        @Override
        public String toString() {
            return "POST " + template;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Endpoints() {
    }

    /**
     * The service's POST endpoints. {@code pathValue} gives each path variable's value from the path template and
     * the variable's name; {@code fieldValue} a valid value for a field name, or null to derive one from the schema.
     */
    static List<Endpoint> of(Http http, URI service, java.util.function.BiFunction<String, String, String> pathValue,
                             Function<String, JsonNode> fieldValue) {
        Http.Answer docs = http.get(service, "/v3/api-docs");
        assertThat(docs.status()).as("OpenAPI document of %s", service).isEqualTo(200);
        JsonNode schemas = docs.body().path("components").path("schemas");
        List<Endpoint> endpoints = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = docs.body().path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode post = path.getValue().path("post");
            if (post.isMissingNode()) {
                continue;
            }
            String template = path.getKey();
            String concrete = template;
            java.util.regex.Matcher variables = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
            while (variables.find()) {
                concrete = concrete.replace(variables.group(), pathValue.apply(template, variables.group(1)));
            }
            JsonNode schema = post.path("requestBody").path("content").path("application/json").path("schema");
            ObjectNode body = null;
            List<String> strings = new ArrayList<>();
            if (!schema.isMissingNode()) {
                JsonNode generated = generate(schema, schemas, fieldValue, null, 0);
                if (generated instanceof ObjectNode object) {
                    body = object;
                    JsonNode properties = resolve(schema, schemas).path("properties");
                    properties.fields().forEachRemaining(property -> {
                        if ("string".equals(resolve(property.getValue(), schemas).path("type").asText())) {
                            strings.add(property.getKey());
                        }
                    });
                }
            }
            endpoints.add(new Endpoint(service, template, concrete, body, strings));
        }
        return endpoints;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String ref = resolved.get("$ref").asText();
            resolved = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (resolved.has("allOf") && resolved.get("allOf").size() == 1) {
            return resolve(resolved.get("allOf").get(0), schemas);
        }
        return resolved;
    }

    private static JsonNode generate(JsonNode schema, JsonNode schemas, Function<String, JsonNode> fieldValue,
                                     String name, int depth) {
        if (name != null && fieldValue.apply(name) != null) {
            return fieldValue.apply(name);
        }
        JsonNode resolved = resolve(schema, schemas);
        if (resolved.has("enum")) {
            // a county palace can be registered any number of times; otherwise the first value
            for (JsonNode value : resolved.get("enum")) {
                if ("COUNTY".equals(value.asText())) {
                    return value;
                }
            }
            return resolved.get("enum").get(0);
        }
        String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 5) {
                    resolved.path("properties").fields().forEachRemaining(property -> object.set(property.getKey(),
                            generate(property.getValue(), schemas, fieldValue, property.getKey(), depth + 1)));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(generate(resolved.path("items"), schemas, fieldValue, null, depth + 1));
                yield array;
            }
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> "date-time".equals(resolved.path("format").asText())
                    ? NODES.textNode(java.time.Instant.now().toString()) : NODES.textNode("x");
        };
    }

    static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
