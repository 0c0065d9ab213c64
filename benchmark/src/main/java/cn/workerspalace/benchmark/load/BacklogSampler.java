package cn.workerspalace.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where the end-to-end lag builds up, read once a second from the services' Prometheus endpoints: the relay's
 * backlog in enrollment-service ({@code palace_relay_lag_events}: events stored but not yet acknowledged by Kafka)
 * and the projection's consumer lag ({@code kafka_consumer_fetch_manager_records_lag_max}: records on the topics
 * not yet fetched).
 */
public final class BacklogSampler implements AutoCloseable {

    /** Mean and maximum of both backlogs over a phase; -1 when a service did not report the gauge. */
    public record Backlog(double relayMean, double relayMax, double consumerMean, double consumerMax, int samples) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI enrollment;
    private final URI projection;
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;
    private double relaySum;
    private double relayMax = -1;
    private double consumerSum;
    private double consumerMax = -1;
    private int relaySamples;
    private int consumerSamples;

    public BacklogSampler(URI enrollment, URI projection) {
        this.enrollment = enrollment;
        this.projection = projection;
    }

    public synchronized void start() {
        relaySum = consumerSum = 0;
        relayMax = consumerMax = -1;
        relaySamples = consumerSamples = 0;
        running.set(true);
        thread = new Thread(() -> {
            while (running.get()) {
                sample();
                Api.pause(1000);
            }
        }, "backlog-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public Backlog stop() {
        running.set(false);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return new Backlog(relaySamples == 0 ? -1 : relaySum / relaySamples, relayMax,
                    consumerSamples == 0 ? -1 : consumerSum / consumerSamples, consumerMax,
                    Math.max(relaySamples, consumerSamples));
        }
    }

    private void sample() {
        double relay = gauge(enrollment, "palace_relay_lag_events");
        double consumer = gauge(projection, "kafka_consumer_fetch_manager_records_lag_max");
        synchronized (this) {
            if (relay >= 0) {
                relaySum += relay;
                relayMax = Math.max(relayMax, relay);
                relaySamples++;
            }
            if (consumer >= 0) {
                consumerSum += consumer;
                consumerMax = Math.max(consumerMax, consumer);
                consumerSamples++;
            }
        }
    }

    /** The largest value of the metric's series, or -1 when there is none. */
    private double gauge(URI service, String metric) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            service.resolve("/actuator/prometheus")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double max = -1;
            for (String line : response.body().split("\n")) {
                if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                    double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    if (!Double.isNaN(value)) {
                        max = Math.max(max, value);
                    }
                }
            }
            return max;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        running.set(false);
    }
}
