package cn.workerspalace.localstack.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The whole system on one machine: a KRaft Kafka broker, PostgreSQL and the three services as child processes.
 * {@link #start()} returns once every service reports UP; {@link #close()} stops everything in reverse order.
 *
 * <pre>{@code
 * try (Stack stack = Stack.builder().randomPorts().throwawayDatabases().build().start()) {
 *     URI course = stack.url(Service.COURSE);
 * }
 * }</pre>
 */
public final class Stack implements AutoCloseable {

    /** Where the services' data lives. */
    public enum Databases {
        /** PostgreSQL on 127.0.0.1:5432 when it answers, otherwise an embedded server with its data kept on disk. */
        LOCAL_SERVER_OR_KEPT_EMBEDDED,
        /** Always the embedded server with its data kept on disk, even when 127.0.0.1:5432 answers. */
        KEPT_EMBEDDED,
        /** Fresh databases nobody else uses: on the server named by PALACE_TEST_PG, else a temporary embedded one. */
        THROWAWAY
    }

    private final Builder settings;
    private final Map<Service, Integer> ports;
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Stops the children should the JVM end without {@link #close()}: Ctrl+C, a kill, a test run cut short. */
    private final Thread stopOnExit = new Thread(this::close, "stack-shutdown");
    private KafkaBroker kafka;
    private Postgres postgres;
    private Map<Service, String> jdbcUrls = Map.of();

    private Stack(Builder settings) {
        this.settings = settings;
        this.ports = new EnumMap<>(settings.servicePorts);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts Kafka and PostgreSQL, creates the databases, starts the services and waits until all are UP. */
    public Stack start() {
        long started = System.nanoTime();
        requireJars();
        requireFreePorts();
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            startInfrastructure();
            for (Service service : Service.values()) {
                startService(service);
            }
            awaitHealthy();
            log("all services UP after %.1f s", (System.nanoTime() - started) / 1e9);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void requireJars() {
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            Path jar = service.executableJar(settings.projectRoot);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new StackException("service jar missing: " + String.join(", ", missing)
                    + "; run ./mvnw -DskipTests package first (in " + settings.projectRoot + ")");
        }
    }

    private void requireFreePorts() {
        List<Integer> wanted = new ArrayList<>(ports.values());
        wanted.add(settings.kafkaPort);
        wanted.add(settings.kafkaControllerPort);
        List<Integer> busy = wanted.stream().filter(Ports::inUse).toList();
        if (!busy.isEmpty()) {
            throw new StackException("port(s) " + busy + " already in use: is another stack running? "
                    + "Stop it or choose other ports (--help)");
        }
    }

    private void startInfrastructure() {
        log("starting Kafka (KRaft) on localhost:%d and PostgreSQL", settings.kafkaPort);
        CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(
                () -> KafkaBroker.start(settings.kafkaPort, settings.kafkaControllerPort));
        CompletableFuture<Postgres> server = CompletableFuture.supplyAsync(this::startPostgres);
        try {
            kafka = broker.join();
        } catch (CompletionException e) {
            server.thenAccept(Postgres::close);
            throw new StackException("Kafka did not start: " + e.getCause().getMessage(), e.getCause());
        }
        try {
            postgres = server.join();
        } catch (CompletionException e) {
            throw new StackException("PostgreSQL did not start: " + e.getCause().getMessage(), e.getCause());
        }
        log("Kafka broker at %s (topics course-events, enrollment-events, %d partitions each; "
                + "the broker keeps its data in a temporary folder; the relays refill it from the event stores)", kafka.bootstrapServers(), KafkaBroker.PARTITIONS);
        log("using %s", postgres.description());
        String suffix = settings.databaseSuffix();
        Map<Service, String> urls = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            String database = service.database() + suffix;
            postgres.createDatabaseIfMissing(database);
            urls.put(service, postgres.jdbcUrl(database));
        }
        jdbcUrls = urls;
        republishOnStart(urls);
    }

    /**
     * The embedded broker starts empty every time while the event stores keep their events. Rewinding the relays
     * makes each write service publish its whole event store again, so the topics hold every event (consumers
     * deduplicate what they have already applied) and nothing stored before a restart is missing downstream.
     */
    private void republishOnStart(Map<Service, String> urls) {
        for (Service service : Service.values()) {
            try (Connection connection = DriverManager.getConnection(urls.get(service));
                 Statement statement = connection.createStatement()) {
                if (hasTable(statement, "tokenentry")
                        && statement.executeUpdate("DELETE FROM tokenentry WHERE processorname = 'kafka-relay'") > 0) {
                    log("%s will publish its event store again to the fresh broker", service.name().toLowerCase());
                }
            } catch (SQLException e) {
                throw new StackException("cannot rewind the relay of " + service + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean hasTable(Statement statement, String table) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            return result.next() && result.getBoolean(1);
        }
    }

    private Postgres startPostgres() {
        String testServer = System.getenv("PALACE_TEST_PG");
        if (settings.databases == Databases.THROWAWAY) {
            return testServer != null && !testServer.isBlank()
                    ? Postgres.at(testServer)
                    : Postgres.embeddedThrowaway(Ports.free());
        }
        Path directory = settings.dataDirectory.resolve("postgres");
        if (settings.databases == Databases.KEPT_EMBEDDED) {
            return Postgres.embeddedKeptIn(directory, settings.embeddedPostgresPort);
        }
        return Postgres.local().orElseGet(() -> {
            log("no PostgreSQL answers on 127.0.0.1:5432; starting an embedded one on port %d",
                    settings.embeddedPostgresPort);
            return Postgres.embeddedKeptIn(directory, settings.embeddedPostgresPort);
        });
    }

    private void startService(Service service) {
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL", jdbcUrls.get(service),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                // Axon's update checker phones home on start-up; a local run has no business doing that
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        services.put(service, ServiceProcess.start(service.shortName(), service.executableJar(settings.projectRoot),
                ports.get(service), environment, settings.jvmArguments, settings.serviceLogDirectory,
                settings.console));
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + settings.startupTimeout.toNanos();
        long nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long since = System.nanoTime();
        List<ServiceProcess> waiting = new ArrayList<>(services.values());
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.alive()) {
                    throw new StackException(service.name() + " exited with code " + service.exitValue()
                            + " before it was UP" + logHint(service));
                }
                if (service.healthy()) {
                    waiting.remove(service);
                    log("%s is UP (%.0f s)", service.name(), (System.nanoTime() - since) / 1e9);
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new StackException("not UP after " + settings.startupTimeout.toSeconds() + " s: "
                        + waiting.stream().map(ServiceProcess::name).collect(Collectors.joining(", ")));
            }
            if (System.nanoTime() > nextReport) {
                log("waiting for %s to report UP (%.0f s so far)",
                        waiting.stream().map(ServiceProcess::name).collect(Collectors.joining(", ")),
                        (System.nanoTime() - since) / 1e9);
                nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private String logHint(ServiceProcess service) {
        return settings.serviceLogDirectory == null ? ""
                : "; see " + settings.serviceLogDirectory.resolve(service.name() + ".log");
    }

    /** A service that has stopped on its own since the stack started, with its exit code, if any. */
    public java.util.Optional<String> exitedService() {
        return services.values().stream()
                .filter(service -> !service.alive())
                .map(service -> service.name() + " (exit code " + service.exitValue() + ")")
                .findFirst();
    }

    public URI url(Service service) {
        return URI.create("http://localhost:" + ports.get(service));
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The JDBC URL (user included) of a service's database. */
    public String jdbcUrl(Service service) {
        return jdbcUrls.get(service);
    }

    public String databaseDescription() {
        return postgres.description();
    }

    /** Stops the services (gracefully, then forcibly), then Kafka, then PostgreSQL. Safe to call twice. */
    @Override
    public void close() {
        boolean started = kafka != null || postgres != null || !services.isEmpty();
        if (!closed.compareAndSet(false, true) || !started) {
            return;
        }
        log("stopping");
        if (Thread.currentThread() != stopOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or about to; this call does the work, the hook will find it done
            }
        }
        services.values().forEach(ServiceProcess::requestStop);
        services.values().forEach(ServiceProcess::close);
        if (kafka != null) {
            quietly("Kafka", kafka::close);
        }
        if (postgres != null && settings.databases == Databases.THROWAWAY && !postgres.embedded()) {
            // fresh databases on a shared server (PALACE_TEST_PG) go when the stack goes
            for (Service service : Service.values()) {
                quietly("dropping a test database", () -> postgres.dropDatabase(
                        service.database() + settings.databaseSuffix()));
            }
        }
        if (postgres != null) {
            quietly("PostgreSQL", postgres::close);
        }
        log("stopped");
    }

    private void quietly(String what, Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            log("%s did not stop cleanly: %s", what, e.getMessage());
        }
    }

    private void log(String format, Object... arguments) {
        settings.console.accept("[stack] " + String.format(format, arguments));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for the services", e);
        }
    }

    /** How to run the stack. The defaults are the local run's: fixed ports, data kept under .local-data. */
    public static final class Builder {

        private Path projectRoot = ProjectRoot.detect();
        private Path dataDirectory;
        private final Map<Service, Integer> servicePorts = new EnumMap<>(Service.class);
        private int kafkaPort = 9092;
        private int kafkaControllerPort = 9093;
        private int embeddedPostgresPort = 54320;
        private Databases databases = Databases.LOCAL_SERVER_OR_KEPT_EMBEDDED;
        private Path serviceLogDirectory;
        private Duration startupTimeout = Duration.ofSeconds(180);
        private List<String> jvmArguments = List.of("-Xmx512m");
        private Consumer<String> console = System.out::println;
        private String databaseSuffix;

        private Builder() {
            for (Service service : Service.values()) {
                servicePorts.put(service, service.defaultPort());
            }
        }

        public Builder projectRoot(Path root) {
            this.projectRoot = root.toAbsolutePath().normalize();
            return this;
        }

        /** Where kept data goes (default {@code <root>/.local-data}); the embedded PostgreSQL uses {@code postgres/}. */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = directory.toAbsolutePath().normalize();
            return this;
        }

        public Builder port(Service service, int port) {
            servicePorts.put(service, port);
            return this;
        }

        public Builder kafkaPorts(int brokerPort, int controllerPort) {
            this.kafkaPort = brokerPort;
            this.kafkaControllerPort = controllerPort;
            return this;
        }

        public Builder embeddedPostgresPort(int port) {
            this.embeddedPostgresPort = port;
            return this;
        }

        /** Free ports chosen by the operating system for the services and Kafka. */
        public Builder randomPorts() {
            for (Service service : Service.values()) {
                servicePorts.put(service, Ports.free());
            }
            kafkaPort = Ports.free();
            kafkaControllerPort = Ports.free();
            return this;
        }

        public Builder databases(Databases choice) {
            this.databases = choice;
            return this;
        }

        /** Fresh databases that no developer data lives in (for tests). */
        public Builder throwawayDatabases() {
            return databases(Databases.THROWAWAY);
        }

        /** Writes each service's output to {@code <directory>/<name>.log} instead of the console. */
        public Builder serviceLogDirectory(Path directory) {
            this.serviceLogDirectory = directory;
            return this;
        }

        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        public Builder jvmArguments(List<String> arguments) {
            this.jvmArguments = List.copyOf(arguments);
            return this;
        }

        /** Receives the stack's progress lines and, unless logged to files, the services' output. */
        public Builder console(Consumer<String> sink) {
            this.console = sink;
            return this;
        }

        public Stack build() {
            if (dataDirectory == null) {
                dataDirectory = projectRoot.resolve(".local-data");
            }
            return new Stack(this);
        }

        private String databaseSuffix() {
            if (databaseSuffix == null) {
                boolean shared = databases == Databases.THROWAWAY && System.getenv("PALACE_TEST_PG") != null
                        && !System.getenv("PALACE_TEST_PG").isBlank();
                databaseSuffix = shared ? "_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                        : "";
            }
            return databaseSuffix;
        }
    }
}
