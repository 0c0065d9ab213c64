package cn.workerspalace.localstack.stack;

import cn.workerspalace.contracts.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A single-node KRaft broker running as a child JVM ({@code kafka.Kafka} from the kafka_2.13 jar on this JVM's class
 * path) with its log directory in a folder of its own, so that it can be killed and started again with its data:
 * what the fault tests need to take the broker away under load. The in-process broker ({@link KafkaBroker}) cannot
 * do that, as Kafka's test kit formats fresh log directories on every start.
 */
final class KafkaProcess implements Broker {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path directory;
    private final int port;
    private final Path logFile;
    private Process process;

    private KafkaProcess(Path directory, int port, Path logFile) {
        this.directory = directory;
        this.port = port;
        this.logFile = logFile;
    }

    /** Formats a log directory under {@code directory}, starts the broker and creates the event topics. */
    static KafkaProcess start(Path directory, int port, int controllerPort, Path logFile) {
        KafkaProcess broker = new KafkaProcess(directory, port, logFile);
        broker.configure(controllerPort);
        broker.launch();
        try {
            broker.createEventTopics();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    private Path config() {
        return directory.resolve("server.properties");
    }

    private void configure(int controllerPort) {
        Properties config = new Properties();
        config.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", directory.resolve("data").toString()),
                Map.entry("num.partitions", Integer.toString(KafkaBroker.PARTITIONS)),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "6"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0")));
        try {
            Files.createDirectories(directory);
            try (Writer out = Files.newBufferedWriter(config())) {
                config.store(out, "single-node KRaft broker of the local stack");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config(), e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int formatted = StorageTool.execute(new String[] {"format", "-t", clusterId(), "-c", config().toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (formatted != 0) {
            throw new StackException("cannot format Kafka's log directory in " + directory + ": "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    /** A cluster id as Kafka makes them: a random UUID, base64url without padding. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private synchronized void launch() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                JvmClassPath.current(), "kafka.Kafka", config().toString()));
        try {
            Files.createDirectories(logFile.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker", e);
        }
        awaitReady();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StackException("the Kafka broker exited with code " + process.exitValue() + "; see "
                        + logFile);
            }
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for Kafka", e);
            }
        }
        throw new StackException("the Kafka broker did not answer within " + READY_TIMEOUT.toSeconds() + " s; see "
                + logFile, last);
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    /** Unlimited retention: the event topics are the read side's replay log. */
    private void createEventTopics() {
        Map<String, String> forever = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
        try (Admin admin = admin()) {
            for (String topic : List.of(Topics.COURSE_EVENTS, Topics.ENROLLMENT_EVENTS)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, KafkaBroker.PARTITIONS, (short) 1)
                            .configs(forever))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new StackException("cannot create topic " + topic + ": " + e.getCause(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new StackException("Kafka did not create the event topics in time", e);
        }
        awaitLeaders();
    }

    /** Waits until every partition of the event topics has a leader again (after a start or restart). */
    private void awaitLeaders() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = admin()) {
            while (System.nanoTime() < deadline) {
                try {
                    Map<String, TopicDescription> topics = admin.describeTopics(
                            Set.of(Topics.COURSE_EVENTS, Topics.ENROLLMENT_EVENTS)).allTopicNames()
                            .get(10, TimeUnit.SECONDS);
                    boolean led = topics.values().stream().flatMap(topic -> topic.partitions().stream())
                            .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
                    if (led) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    // not ready yet
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for partition leaders", e);
        }
        throw new StackException("the event topics have no leaders after " + READY_TIMEOUT.toSeconds() + " s");
    }

    @Override
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Kills the broker (SIGKILL): no controlled shutdown, as in a crash. Its data stays on disk. */
    synchronized void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the broker again on its kept log directory and waits until the event topics have leaders. */
    synchronized void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("the Kafka broker is still running");
        }
        launch();
        awaitLeaders();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
