package cn.workerspalace.platform.web.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.testsupport.TestPostgres;
import cn.workerspalace.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A client over its allowance gets 429 with Retry-After, and its refused request writes nothing. */
@SpringBootTest(classes = TicketApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "palace.rate-limit.rules[0].path=/tickets",
                "palace.rate-limit.rules[0].requests=2",
                "palace.rate-limit.rules[0].per=1h",
                "palace.rate-limit.rules[1].path=/tickets/{ticketId}/punches",
                "palace.rate-limit.rules[1].requests=3",
                "palace.rate-limit.rules[1].per=1h"})
class RateLimitTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.registerDataSource(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void requests_over_the_allowance_are_refused_with_429_and_write_nothing() throws Exception {
        String ticket = post("/tickets").body();
        assertThat(post("/tickets").statusCode()).isEqualTo(201);
        long events = events();

        HttpResponse<String> refused = post("/tickets");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));
        assertThat(refused.body()).contains("rate-limited");
        assertThat(events()).isEqualTo(events);

        // each endpoint has its own allowance
        for (int punch = 1; punch <= 3; punch++) {
            assertThat(post("/tickets/" + ticket + "/punches").statusCode()).isEqualTo(201);
        }
        assertThat(post("/tickets/" + ticket + "/punches").statusCode()).isEqualTo(429);
        assertThat(events()).isEqualTo(events + 3);
        assertThat(get("/tickets/" + ticket).statusCode()).as("other methods are not limited").isNotEqualTo(429);
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.opsCentre())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.opsCentre()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }
}
