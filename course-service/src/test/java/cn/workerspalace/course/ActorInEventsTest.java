package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.course.support.Api.Response;
import cn.workerspalace.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The event store is the audit trail: every event names who sent the command that caused it. */
class ActorInEventsTest extends IntegrationTest {

    @Test
    void an_event_stored_after_an_authenticated_post_names_the_actor_its_roles_and_palace() throws Exception {
        String palace = cityPalace();

        Response created = api().as(TestTokens.coordinator(palace)).post("/api/courses", """
                {"palaceId": "%s", "category": "摄影", "title": "手机摄影"}
                """.formatted(palace));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode metadata = new ObjectMapper().readTree(jdbc.sql("""
                        SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?
                        """).param(created.json().path("id").asText()).query(String.class).single());
        assertThat(metadata.path("actor").asText()).isEqualTo("coordinator@" + palace);
        assertThat(metadata.path("actorRoles").asText()).isEqualTo("COORDINATOR");
        assertThat(metadata.path("actorPalace").asText()).isEqualTo(palace);
        assertThat(metadata.path("correlationId").asText()).as("Axon's own correlation data stays").isNotEmpty();
    }
}
