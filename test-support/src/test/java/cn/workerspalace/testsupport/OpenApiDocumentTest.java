package cn.workerspalace.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Each finder names what falls short in a small document, and nothing in one that is fully documented. */
class OpenApiDocumentTest {

    private static final String EXAMPLE_ANSWER = """
            {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Palace"}}}}""";
    private static final String PROBLEM_ANSWER = """
            {"content": {"application/problem+json": {"example": {"title": "Not Found"}}}}""";

    private static final String DOCUMENTED = """
            {
              "tags": [{"name": "Palaces"}],
              "paths": {
                "/api/palaces": {
                  "post": {"summary": "Register a palace", "tags": ["Palaces"],
                           "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Palace"}}}},
                           "responses": {"201": %1$s, "400": %2$s}}
                },
                "/api/palaces/{id}/close": {
                  "post": {"summary": "Close a palace", "tags": ["Palaces"],
                           "responses": {"204": {"description": "Closed"}, "404": %2$s}}
                }
              },
              "components": {"schemas": {"Palace": {"properties": {
                "id": {"example": "p-1"}, "names": {"items": {"example": "Jinan"}}}}}}
            }""".formatted(EXAMPLE_ANSWER, PROBLEM_ANSWER);

    private static final String SHORT_OF_DOCUMENTATION = """
            {
              "paths": {
                "/api/palaces": {
                  "post": {"summary": " ",
                           "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Palace"}}}},
                           "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Palace"}}}},
                                         "404": {"content": {"application/json": {"example": {}}}}}},
                  "get": {"summary": "List the palaces", "tags": ["Palaces"], "responses": {"404": %s}}
                }
              },
              "components": {"schemas": {"Palace": {"properties": {"id": {"example": "p-1"}, "name": {}}}}}
            }""".formatted(PROBLEM_ANSWER);

    @Test
    void a_fully_documented_api_falls_short_nowhere() throws Exception {
        OpenApiDocument document = new OpenApiDocument(new ObjectMapper().readTree(DOCUMENTED));

        assertThat(document.tagNames()).containsExactly("Palaces");
        assertThat(document.operationsWithoutSummary()).isEmpty();
        assertThat(document.operationsWithoutTag()).isEmpty();
        assertThat(document.postsWithoutExampleRequest()).isEmpty();
        assertThat(document.postsWithoutBody()).containsExactly("post /api/palaces/{id}/close");
        assertThat(document.answersWithoutExample()).as("a 204 has no body to show").isEmpty();
        assertThat(document.refusalsNotProblemDetails()).isEmpty();
    }

    @Test
    void each_finder_names_the_operations_that_fall_short() throws Exception {
        OpenApiDocument document = new OpenApiDocument(new ObjectMapper().readTree(SHORT_OF_DOCUMENTATION));

        assertThat(document.tagNames()).isEmpty();
        assertThat(document.operationsWithoutSummary()).containsExactly("post /api/palaces");
        assertThat(document.operationsWithoutTag()).containsExactly("post /api/palaces");
        assertThat(document.postsWithoutExampleRequest()).as("a property without an example")
                .containsExactly("post /api/palaces");
        assertThat(document.postsWithoutBody()).isEmpty();
        assertThat(document.answersWithoutExample()).containsExactly("201 post /api/palaces", "2xx get /api/palaces");
        assertThat(document.refusalsNotProblemDetails()).containsExactly("404 post /api/palaces");
    }
}
