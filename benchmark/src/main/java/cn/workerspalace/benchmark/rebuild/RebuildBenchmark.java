package cn.workerspalace.benchmark.rebuild;

import cn.workerspalace.benchmark.load.Api;
import cn.workerspalace.benchmark.postgres.Server;
import cn.workerspalace.benchmark.province.Province;
import cn.workerspalace.benchmark.system.CpuMeter;
import cn.workerspalace.benchmark.system.FlightRecorder;
import cn.workerspalace.contracts.Topics;
import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * A projection rebuild: a fresh projection-service instance (empty database, new consumer group) reads both topics
 * from offset 0. The topics hold everything the run produced, topped up with {@link SyntheticHistory} to the
 * number of events asked for. The write services that consume or feed the topics are stopped first, so the
 * rebuild has the machine to itself (with Kafka and PostgreSQL).
 */
public final class RebuildBenchmark {

    /**
     * What the rebuild did. {@code applySeconds} spans the first to the last batch committed (from the projection's
     * own {@code processed_event.applied_at}); {@code wallSeconds} runs from the start of the instance.
     */
    public record Result(long eventsInTopics, long synthetic, double produceSeconds, long applied, long duplicates,
                         long skipped, double startupSeconds, double wallSeconds, double applySeconds,
                         boolean complete, Path recording) {

        public double applyRate() {
            return applySeconds > 0 ? applied / applySeconds : 0;
        }

        public double wallRate() {
            return wallSeconds > 0 ? applied / wallSeconds : 0;
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Stack stack;
    private final Server server;
    private final Api api;
    private final Consumer<String> log;

    public RebuildBenchmark(Stack stack, Server server, Api api, Consumer<String> log) {
        this.stack = stack;
        this.server = server;
        this.api = api;
        this.log = log;
    }

    /** Rebuilds; with {@code recording} not null, the instance is recorded with JFR into that file meanwhile. */
    public Result run(Province province, long target, Duration timeout, Path recording)
            throws Exception {
        stack.kill(Service.ENROLLMENT);
        stack.kill(Service.PROJECTION);
        long existing = eventsInTopics();
        long synthetic = 0;
        double produceSeconds = 0;
        if (existing < target) {
            log.accept(String.format("rebuild: the topics hold %d events; writing %d events of last year's history",
                    existing, target - existing));
            long started = System.nanoTime();
            synthetic = new SyntheticHistory(province).produce(stack.kafkaBootstrapServers(), target - existing);
            produceSeconds = (System.nanoTime() - started) / 1e9;
            log.accept(String.format("rebuild: %d events written in %.1f s", synthetic, produceSeconds));
        }
        long total = eventsInTopics();
        log.accept("rebuild: starting a fresh projection-service instance on " + total + " events");
        long started = System.nanoTime();
        Stack.Instance instance = stack.startInstance(Service.PROJECTION, "rebuild",
                Map.of("SPRING_KAFKA_CONSUMER_GROUP_ID", "bench-rebuild-" + System.currentTimeMillis()));
        double startup = (System.nanoTime() - started) / 1e9;
        FlightRecorder recorder = new FlightRecorder(log);
        if (recording != null) {
            CpuMeter.childrenWith("projection-service-0.1.0-SNAPSHOT-exec.jar").stream().findFirst()
                    .ifPresent(pid -> recorder.start("projection-service (rebuild)", pid, recording));
        }
        try {
            long deadline = started + timeout.toNanos();
            long[] counts = counters(instance);
            long lastReport = System.nanoTime();
            while (counts[0] + counts[1] + counts[2] < total && System.nanoTime() < deadline) {
                Api.pause(1000);
                counts = counters(instance);
                if (System.nanoTime() - lastReport > 15_000_000_000L) {
                    lastReport = System.nanoTime();
                    log.accept(String.format("rebuild: %d of %d events after %.0f s", counts[0] + counts[1]
                            + counts[2], total, (System.nanoTime() - started) / 1e9));
                }
            }
            double wall = (System.nanoTime() - started) / 1e9;
            Path recorded = recorder.stopAll().stream().map(FlightRecorder.Recorded::file).findFirst()
                    .orElse(null);
            boolean complete = counts[0] + counts[1] + counts[2] >= total;
            double applySeconds = applyWindow(instance.jdbcUrl());
            Result result = new Result(total, synthetic, produceSeconds, counts[0], counts[1], counts[2], startup,
                    wall, applySeconds, complete, recorded);
            log.accept(String.format("rebuild: %s %d events; %.0f events/s while applying (%.1f s), %.0f/s from the "
                    + "instance's start (%.1f s)", complete ? "applied" : "TIMED OUT after", counts[0],
                    result.applyRate(), applySeconds, result.wallRate(), wall));
            return result;
        } finally {
            recorder.stopAll();
            instance.close();
            server.drop(Server.databaseOf(instance.jdbcUrl()));
        }
    }

    /** applied, duplicates, skipped, from the instance's Prometheus counters. */
    private long[] counters(Stack.Instance instance) {
        long[] counts = new long[3];
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(instance.url().resolve("/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String line : response.body().split("\n")) {
                int index = line.startsWith("projection_events_applied_total") ? 0
                        : line.startsWith("projection_events_duplicates_total") ? 1
                        : line.startsWith("projection_events_skipped_total") ? 2 : -1;
                if (index >= 0) {
                    counts[index] += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        } catch (IOException e) {
            return counts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return counts;
    }

    private static double applyWindow(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet r = statement.executeQuery(
                     "SELECT extract(epoch FROM max(applied_at) - min(applied_at)) FROM processed_event")) {
            r.next();
            return r.getDouble(1);
        }
    }

    private long eventsInTopics() throws Exception {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        try (Admin admin = Admin.create(properties)) {
            List<String> topics = List.of(Topics.COURSE_EVENTS, Topics.ENROLLMENT_EVENTS);
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values()
                    .stream().flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(),
                            p.partition())))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            Map<TopicPartition, OffsetSpec> earliest = latest.keySet().stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()));
            long end = admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
            long start = admin.listOffsets(earliest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
            return end - start;
        }
    }
}
