package cn.workerspalace.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.testsupport.TestTokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    SecurityFilterChain chain;

    @Test
    void a_request_without_a_token_is_answered_401_with_problem_details_and_a_challenge() throws Exception {
        HttpResponse<String> response = send(get("/api/me"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":401", "/problems/unauthenticated");
    }

    @Test
    void expired_tokens_tokens_of_another_issuer_and_foreign_keys_are_refused() throws Exception {
        for (String token : new String[] {TestTokens.expired(), TestTokens.wrongIssuer(), TestTokens.foreignKey(),
                "not-a-jwt"}) {
            HttpResponse<String> response = send(get("/api/me").header("Authorization", "Bearer " + token));

            assertThat(response.statusCode()).as(token).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                    .startsWith("Bearer error=\"invalid_token\"");
            assertThat(response.body()).contains("/problems/unauthenticated");
        }
    }

    @Test
    void a_malformed_authorization_header_is_refused_as_an_invalid_token() throws Exception {
        HttpResponse<String> response = send(get("/api/me")
                .header("Authorization", "Bearer  " + TestTokens.opsCentre()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer error=\"invalid_token\", error_description=\"Bearer token is malformed\"");
        assertThat(response.body()).contains("/problems/unauthenticated");
    }

    @Test
    void the_bearer_token_is_read_without_the_default_resolver() {
        assertThat(chain.getFilters()).filteredOn(BearerTokenAuthenticationFilter.class::isInstance).singleElement()
                .extracting("bearerTokenResolver").isInstanceOf(AuthorizationHeaderTokenResolver.class);
    }

    @Test
    void a_valid_token_names_the_actor_with_its_roles_and_palace() throws Exception {
        HttpResponse<String> response = send(get("/api/me")
                .header("Authorization", "Bearer " + TestTokens.coordinator("jinan")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"subject\":\"coordinator@jinan\"", "\"roles\":[\"COORDINATOR\"]",
                "\"palaceId\":\"jinan\"");
    }

    @Test
    void a_refusal_decided_by_the_service_is_403_with_problem_details() throws Exception {
        HttpResponse<String> refused = send(post("/api/ops-only")
                .header("Authorization", "Bearer " + TestTokens.worker("w-1")));
        HttpResponse<String> allowed = send(post("/api/ops-only")
                .header("Authorization", "Bearer " + TestTokens.opsCentre()));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"status\":403", "/problems/forbidden");
        assertThat(allowed.statusCode()).isEqualTo(200);
    }

    @Test
    void a_browser_page_of_another_origin_is_not_allowed_to_call_by_default() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/ops-only"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization"));

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void the_api_documentation_is_public_and_offers_bearer_tokens() throws Exception {
        HttpResponse<String> docs = send(get("/v3/api-docs"));

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"bearer-jwt\"", "\"scheme\":\"bearer\"", "\"bearerFormat\":\"JWT\"");
    }

    @Test
    void a_header_with_a_control_character_is_refused_by_the_firewall_when_it_is_read() throws Exception {
        // the byte 0x85 is U+0085 (NEL), a C1 control character, once the server reads the header as ISO-8859-1;
        // a token that merely failed its check would be answered 401. HttpClient cannot send it, hence the socket.
        String request = "GET /api/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + TestTokens.opsCentre() + "\u0085\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();

            assertThat(statusLine).startsWith("HTTP/1.1 400");
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
