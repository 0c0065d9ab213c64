package cn.workerspalace.benchmark.load;

import static cn.workerspalace.localstack.JsonBodies.json;
import static cn.workerspalace.localstack.JsonBodies.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The services' REST API as a crowd of clients uses it: {@link HttpClient} over HTTP/1.1 (one connection per
 * request in flight), each call timed with {@link System#nanoTime()}. A transport failure is an answer with status
 * -1 and the exception's name, never an exception: the load must go on and count it.
 */
public final class Api {

    /** An answer with its timing; {@code failure} names a transport failure (status -1). */
    public record Answer(int status, JsonNode body, long startNanos, long endNanos, String failure) {

        public boolean accepted() {
            return status >= 200 && status < 300;
        }

        public long nanos() {
            return endNanos - startNanos;
        }

        public String text(String field) {
            return body.path(field).asText(null);
        }

        /** The business rule of a 409 (the last segment of the problem's type), or its title. */
        public String rule() {
            String type = body.path("type").asText("");
            if (!type.isEmpty() && !type.equals("about:blank")) {
                return type.substring(type.lastIndexOf('/') + 1);
            }
            return body.path("title").asText("?");
        }

        /** What kind of answer this is, for the error table: {@code 409 already-signed-up}, {@code 503}, ... */
        public String kind() {
            if (status < 0) {
                return "transport " + failure;
            }
            return status == 409 || status == 400 || status == 404 ? status + " " + rule() : String.valueOf(status);
        }

        @Override
        public String toString() {
            return status < 0 ? "transport failure " + failure : status + " " + body;
        }
    }

    /** Each client multiplexes its connections on one selector thread; several spread that work. */
    private static final int CONNECTIONS_PER_CLIENT = 50;

    private final HttpClient[] clients;
    private final Duration timeout;
    private final String authorization;

    /** Every request carries this bearer token (the stack's dev issuer's OPS_CENTER token: the load sets up all). */
    public Api(int concurrency, Duration timeout, String bearerToken) {
        this.authorization = "Bearer " + bearerToken;
        int count = Math.max(1, (concurrency + CONNECTIONS_PER_CLIENT - 1) / CONNECTIONS_PER_CLIENT);
        this.clients = new HttpClient[count];
        for (int i = 0; i < count; i++) {
            clients[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }
        this.timeout = timeout;
    }

    public Answer post(URI base, String path, String json) {
        return postWithHeader(authorization, base, path, json);
    }

    public Answer post(URI base, String path, Object body) {
        return post(base, path, json(body));
    }

    /** A POST with another caller's bearer token than the one every request carries. */
    public Answer postAs(String bearerToken, URI base, String path, Object body) {
        return postWithHeader("Bearer " + bearerToken, base, path, body instanceof String text ? text : json(body));
    }

    private Answer postWithHeader(String authorizationHeader, URI base, String path, String json) {
        return send(request(base, path, authorizationHeader).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer get(URI base, String path) {
        return send(request(base, path, authorization).GET().build());
    }

    public Answer delete(URI base, String path) {
        return send(request(base, path, authorization).DELETE().build());
    }

    /** A DELETE with another caller's bearer token than the one every request carries. */
    public Answer deleteAs(String bearerToken, URI base, String path) {
        return send(request(base, path, "Bearer " + bearerToken).DELETE().build());
    }

    /** Repeats a call while it answers 404 (what another service learns through Kafka arrives a little later). */
    public Answer untilKnown(Supplier<Answer> call, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Answer answer = call.get();
            if (answer.status() != 404 && answer.status() >= 0 && answer.status() != 503
                    || System.nanoTime() > deadline) {
                return answer;
            }
            pause(100);
        }
    }

    private HttpRequest.Builder request(URI base, String path, String authorizationHeader) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", authorizationHeader)
                .header("Accept", "application/json, application/problem+json");
    }

    private Answer send(HttpRequest request) {
        HttpClient client = clients[clients.length == 1 ? 0 : ThreadLocalRandom.current().nextInt(clients.length)];
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long end = System.nanoTime();
            return new Answer(response.statusCode(), parse(response.body()), start, end, null);
        } catch (IOException e) {
            return new Answer(-1, MissingNode.getInstance(), start, System.nanoTime(), e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, MissingNode.getInstance(), start, System.nanoTime(), "interrupted");
        }
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
