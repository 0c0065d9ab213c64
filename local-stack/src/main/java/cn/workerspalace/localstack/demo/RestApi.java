package cn.workerspalace.localstack.demo;

import static cn.workerspalace.localstack.JsonBodies.json;
import static cn.workerspalace.localstack.JsonBodies.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The services' public REST API over {@link HttpClient}. Transport failures and 502/503/504 are retried a few times.
 * A call that depends on something another service learns from Kafka (a palace, a class roster) may answer 404 for
 * a moment; such calls are retried on 404 until {@code asyncPatience} has passed.
 */
final class RestApi {

    record Answer(int status, JsonNode body) {

        String text(String field) {
            return body.path(field).asText(null);
        }

        String problem() {
            String detail = body.path("detail").asText("");
            return status + (detail.isEmpty() ? "" : " " + detail) + (body.has("errors") ? " " + body.get("errors") : "");
        }
    }

    private static final int TRANSPORT_ATTEMPTS = 5;

    private final HttpClient http;
    private final Duration asyncPatience;
    private final String bearerToken;

    /** Calls the services with this bearer token (an OPS_CENTER one: demo data sets up the whole province). */
    RestApi(Executor executor, Duration asyncPatience, String bearerToken) {
        this.bearerToken = bearerToken;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(executor)
                .build();
        this.asyncPatience = asyncPatience;
    }

    Answer post(URI base, String path, Object body, String idempotencyKey, boolean awaitsKafka) {
        HttpRequest.Builder request = request(base, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build(), awaitsKafka);
    }

    Answer get(URI base, String path, boolean awaitsKafka) {
        return send(request(base, path).GET().build(), awaitsKafka);
    }

    Answer delete(URI base, String path) {
        return send(request(base, path).DELETE().build(), false);
    }

    private HttpRequest.Builder request(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearerToken)
                .header("Accept", "application/json, application/problem+json");
    }

    private Answer send(HttpRequest request, boolean awaitsKafka) {
        long deadline = System.nanoTime() + asyncPatience.toNanos();
        long pause = 50;
        int transportFailures = 0;
        try {
            while (true) {
                HttpResponse<String> response;
                try {
                    response = http.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    if (++transportFailures >= TRANSPORT_ATTEMPTS) {
                        throw new DemoDataException(request.method() + " " + request.uri() + " failed: " + e
                                + " (is the service running?)", e);
                    }
                    pause = pause(pause);
                    continue;
                }
                int status = response.statusCode();
                boolean unavailable = status == 502 || status == 503 || status == 504;
                boolean notYetKnown = status == 404 && awaitsKafka && System.nanoTime() < deadline;
                if (unavailable && ++transportFailures < TRANSPORT_ATTEMPTS || notYetKnown) {
                    pause = pause(pause);
                    continue;
                }
                return new Answer(status, parse(response.body()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoDataException("interrupted", e);
        }
    }

    private static long pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return Math.min(millis * 2, 1000);
    }
}
