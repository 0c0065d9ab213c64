package cn.workerspalace.localstack.testkit;

import static cn.workerspalace.localstack.JsonBodies.json;
import static cn.workerspalace.localstack.JsonBodies.parse;

import cn.workerspalace.localstack.token.DevIssuer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A small JSON client for the services' public API, as any other client would use it. A transport failure (the
 * service is down, the connection was reset, the answer took too long) is thrown as {@link UncheckedIOException}.
 */
public final class Http {

    /** An answer: its status, its JSON body ({@link MissingNode} when empty or not JSON) and its content type. */
    public record Answer(int status, JsonNode body, String contentType) {

        public String text(String field) {
            return body.path(field).asText(null);
        }

        public boolean successful() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Duration ASYNC_PATIENCE = Duration.ofSeconds(60);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration requestTimeout;
    private final String bearerToken;

    /** As the operations centre, with a token of the local stack's dev issuer. */
    public Http() {
        this(Duration.ofSeconds(30));
    }

    public Http(Duration requestTimeout) {
        this(requestTimeout, DevIssuer.ofProject().opsCentre());
    }

    private Http(Duration requestTimeout, String bearerToken) {
        this.requestTimeout = requestTimeout;
        this.bearerToken = bearerToken;
    }

    /** The same client sending this bearer token instead ({@code null}: none). */
    public Http as(String token) {
        return new Http(requestTimeout, token);
    }

    public Answer post(URI base, String path, Object body) {
        return post(base, path, body, null);
    }

    /** A JSON POST, with an {@code Idempotency-Key} header unless the key is null. */
    public Answer post(URI base, String path, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        if (idempotencyKey != null) {
            request.header(IDEMPOTENCY_KEY, idempotencyKey);
        }
        return send(request);
    }

    /** A POST of exactly these bytes; no Content-Type header when {@code contentType} is null. */
    public Answer postRaw(URI base, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** A POST whose body is streamed in chunks, without a Content-Length the server could check up front. */
    public Answer postChunked(URI base, String path, String contentType, byte[] body) {
        Supplier<java.io.InputStream> stream = () -> new ByteArrayInputStream(body);
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(stream)));
    }

    public Answer get(URI base, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** The body of a GET as text, whatever its type (for example Prometheus' exposition format). */
    public String text(URI base, String path) {
        try {
            HttpResponse<String> response = client.send(authorised(HttpRequest.newBuilder(base.resolve(path)))
                    .timeout(requestTimeout).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer delete(URI base, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    /** Posts until the answer is no longer 404: the receiving service learns some resources through Kafka. */
    public Answer postOnceKnown(URI base, String path, Object body) {
        return untilKnown(() -> post(base, path, body));
    }

    public Answer getOnceKnown(URI base, String path) {
        return untilKnown(() -> get(base, path));
    }

    private static Answer untilKnown(Supplier<Answer> call) {
        long deadline = System.nanoTime() + ASYNC_PATIENCE.toNanos();
        while (true) {
            Answer answer = call.get();
            if (answer.status() != 404 || System.nanoTime() > deadline) {
                return answer;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + answer, e);
            }
        }
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return bearerToken == null ? request : request.header("Authorization", "Bearer " + bearerToken);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(authorised(request).timeout(requestTimeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()),
                    response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
