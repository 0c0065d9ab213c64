package cn.workerspalace.platform.web.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.testsupport.TestPostgres;
import cn.workerspalace.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A command sent under an Idempotency-Key takes effect at most once, even when its answer could not be recorded
 * after the command committed (the database went away at that moment): the repeat gets the same outcome and stores
 * no second event. A trigger refuses to record answers, as a database gone at that moment would.
 */
@SpringBootTest(classes = TicketApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotentCommandsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.registerDataSource(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void answersCannotBeRecorded() {
        jdbc.execute("""
                create or replace function refuse_answer() returns trigger language plpgsql as $$
                begin
                    if new.status is not null then
                        raise exception 'answer lost';
                    end if;
                    return new;
                end $$""");
        jdbc.execute("create trigger refuse_answer before update on idempotent_request "
                + "for each row execute function refuse_answer()");
    }

    @AfterEach
    void answersCanBeRecordedAgain() {
        jdbc.execute("drop trigger refuse_answer on idempotent_request");
    }

    @Test
    void a_server_named_resource_is_created_once_and_named_the_same_on_every_repeat() throws Exception {
        HttpResponse<String> first = post("/tickets", "issue-1");
        HttpResponse<String> repeat = post("/tickets", "issue-1");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(eventsOf(first.body())).isEqualTo(1);
        assertThat(post("/tickets", "issue-2").body()).isNotEqualTo(first.body());
    }

    @Test
    void a_repeated_command_answers_with_the_first_result_and_stores_no_second_event() throws Exception {
        String ticket = post("/tickets", "issue-for-punch").body();

        HttpResponse<String> first = post("/tickets/" + ticket + "/punches", "punch-1");
        HttpResponse<String> repeat = post("/tickets/" + ticket + "/punches", "punch-1");
        HttpResponse<String> next = post("/tickets/" + ticket + "/punches", "punch-2");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"punch\":1");
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(next.body()).contains("\"punch\":2");
        assertThat(eventsOf(ticket)).isEqualTo(1 + 2);
    }

    @Test
    void the_key_of_a_recorded_command_is_refused_for_a_different_request() throws Exception {
        String ticket = post("/tickets", "issue-for-reuse").body();
        post("/tickets/" + ticket + "/punches", "reused");
        String other = post("/tickets", "issue-other").body();

        HttpResponse<String> reused = post("/tickets/" + other + "/punches", "reused");

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.body()).contains("idempotency-key-reused");
        assertThat(eventsOf(other)).isEqualTo(1);
    }

    private HttpResponse<String> post(String path, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + TestTokens.opsCentre())
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int eventsOf(String ticketId) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Integer.class, ticketId);
    }
}
