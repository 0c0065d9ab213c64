package cn.workerspalace.localstack.stack;

import cn.workerspalace.localstack.token.DevIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    private final List<Instance> instances = new CopyOnWriteArrayList<>();
    /** Environment a test added to a service on restart; it stays for later restarts. */
    private final Map<Service, Map<String, String>> extraEnvironment = new EnumMap<>(Service.class);
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Stops the children should the JVM end without {@link #close()}: Ctrl+C, a kill, a test run cut short. */
    private final Thread stopOnExit = new Thread(this::close, "stack-shutdown");
    private Broker kafka;
    private Postgres postgres;
    /** Kafka's and PostgreSQL's data when they can be restarted; removed when the stack stops. */
    private Path restartableData;
    private final DevIssuer devIssuer;
    private Map<Service, String> jdbcUrls = Map.of();
    /** enrollment-service's personal-data keys: kept with kept data, fresh for throwaway data. */
    private Map<String, String> personalDataKeys = Map.of();

    private Stack(Builder settings) {
        this.settings = settings;
        this.ports = new EnumMap<>(settings.servicePorts);
        this.devIssuer = DevIssuer.in(settings.dataDirectory);
    }

    /** The issuer whose tokens the services trust (its key pair is kept in the data directory). */
    public DevIssuer devIssuer() {
        return devIssuer;
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
        if (settings.restartable) {
            try {
                restartableData = Files.createTempDirectory("palace-stack-");
            } catch (IOException e) {
                throw new StackException("cannot create a folder for Kafka's and PostgreSQL's data", e);
            }
        }
        CompletableFuture<Broker> broker = CompletableFuture.supplyAsync(this::startKafka);
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
        log("Kafka broker at %s (topics course-events, enrollment-events, %d partitions each; the broker keeps its "
                + "data in a temporary folder%s)", kafka.bootstrapServers(), KafkaBroker.PARTITIONS,
                settings.restartable ? " for as long as the stack runs, across broker restarts"
                        : "; the relays refill it from the event stores");
        log("using %s", postgres.description());
        String suffix = settings.databaseSuffix();
        Map<Service, String> urls = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            String database = service.database() + suffix;
            postgres.createDatabaseIfMissing(database);
            urls.put(service, postgres.jdbcUrl(database));
        }
        jdbcUrls = urls;
        personalDataKeys = settings.databases == Databases.THROWAWAY ? PersonalDataKeys.fresh()
                : PersonalDataKeys.keptIn(settings.dataDirectory);
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

    private Broker startKafka() {
        if (settings.restartable) {
            Path logs = settings.serviceLogDirectory == null ? restartableData : settings.serviceLogDirectory;
            return KafkaProcess.start(restartableData.resolve("kafka"), settings.kafkaPort,
                    settings.kafkaControllerPort, logs.resolve("kafka.log"));
        }
        return KafkaBroker.start(settings.kafkaPort, settings.kafkaControllerPort);
    }

    private Postgres startPostgres() {
        if (settings.restartable) {
            return Postgres.embeddedRestartable(restartableData.resolve("postgres"), Ports.free());
        }
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
        services.put(service, launch(service, service.shortName(), ports.get(service), jdbcUrls.get(service),
                Map.of(), false));
    }

    private ServiceProcess launch(Service service, String name, int port, String jdbcUrl,
                                  Map<String, String> added, boolean restart) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", jdbcUrl,
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                // Axon's update checker phones home on start-up; a local run has no business doing that
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true",
                // tokens of the dev issuer (java -jar local-stack...-exec.jar --token ROLE) and no others
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLICKEYLOCATION",
                devIssuer.publicKeyFile().toUri().toString(),
                "PALACE_SECURITY_ISSUER", DevIssuer.ISSUER));
        if (service == Service.ENROLLMENT) {
            environment.putAll(personalDataKeys);
        }
        environment.putAll(added);
        return ServiceProcess.start(name, service.executableJar(settings.projectRoot), port, environment,
                settings.jvmArguments, settings.serviceLogDirectory, settings.console, restart);
    }

    private void awaitHealthy() {
        awaitHealthy(services.values());
    }

    private void awaitHealthy(Collection<ServiceProcess> starting) {
        long deadline = System.nanoTime() + settings.startupTimeout.toNanos();
        long nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long since = System.nanoTime();
        List<ServiceProcess> waiting = new ArrayList<>(starting);
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
    public Optional<String> exitedService() {
        return services.values().stream()
                .filter(service -> !service.alive())
                .map(service -> service.name() + " (exit code " + service.exitValue() + ")")
                .findFirst();
    }

    /** Kills a service with SIGKILL, as a crash would end it, and waits until the process is gone. */
    public synchronized void kill(Service service) {
        ServiceProcess process = services.get(service);
        log("killing %s (pid %d) with SIGKILL", process.name(), process.pid());
        process.kill();
    }

    /** Starts a killed or stopped service again, with the same port, database and settings, and waits until UP. */
    public void restart(Service service) {
        restart(service, Map.of());
    }

    /**
     * Starts a killed or stopped service again, as {@link #restart(Service)} does, with {@code environment} added to
     * its environment from now on (for example another consumer group, as if its committed offsets were lost).
     */
    public synchronized void restart(Service service, Map<String, String> environment) {
        ServiceProcess previous = services.get(service);
        if (previous.alive()) {
            throw new IllegalStateException(service + " is still running");
        }
        extraEnvironment.computeIfAbsent(service, key -> new HashMap<>()).putAll(environment);
        long started = System.nanoTime();
        ServiceProcess process = launch(service, service.shortName(), ports.get(service), jdbcUrls.get(service),
                extraEnvironment.get(service), true);
        services.put(service, process);
        awaitHealthy(List.of(process));
        log("%s restarted in %.1f s", process.name(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * Starts another instance of a service on a free port, with a fresh database of its own ({@code <service's
     * database>_<name>}) and the given environment on top of the stack's, and waits until it is UP. The stack stops
     * it when it stops, if it has not been closed before.
     */
    public Instance startInstance(Service service, String name, Map<String, String> environment) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("instance name must be lower case letters, digits, _: " + name);
        }
        String database = service.database() + "_" + name + settings.databaseSuffix();
        postgres.createDatabaseIfMissing(database);
        int port = Ports.free();
        ServiceProcess process = launch(service, name, port, postgres.jdbcUrl(database), environment, false);
        Instance instance = new Instance(process, postgres.jdbcUrl(database));
        instances.add(instance);
        try {
            awaitHealthy(List.of(process));
        } catch (RuntimeException e) {
            instance.close();
            throw e;
        }
        return instance;
    }

    /**
     * Stops PostgreSQL abruptly (immediate shutdown: every connection breaks, open transactions are lost, nothing is
     * checkpointed). Only for a stack built with {@link Builder#restartableInfrastructure()}.
     */
    public void stopPostgresImmediately() {
        log("stopping PostgreSQL immediately");
        postgres.stopImmediately();
    }

    /** Starts PostgreSQL again on the same data and port after {@link #stopPostgresImmediately()}. */
    public void restartPostgres() {
        long started = System.nanoTime();
        postgres.restart();
        log("PostgreSQL restarted (recovery included) in %.1f s", (System.nanoTime() - started) / 1e9);
    }

    /** Kills the Kafka broker (SIGKILL). Only for a stack built with {@link Builder#restartableInfrastructure()}. */
    public void killKafka() {
        log("killing the Kafka broker with SIGKILL");
        restartableBroker().kill();
    }

    /** Starts the Kafka broker again on its kept log directory and waits until the event topics have leaders. */
    public void restartKafka() {
        long started = System.nanoTime();
        restartableBroker().restart();
        log("Kafka broker restarted in %.1f s", (System.nanoTime() - started) / 1e9);
    }

    private KafkaProcess restartableBroker() {
        if (kafka instanceof KafkaProcess process) {
            return process;
        }
        throw new IllegalStateException("the in-process Kafka broker cannot restart; build the stack with "
                + "restartableInfrastructure()");
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

    /**
     * A further instance of a service ({@link #startInstance}): where it answers and its database.
     */
    public static final class Instance implements AutoCloseable {

        private final ServiceProcess process;
        private final String jdbcUrl;

        private Instance(ServiceProcess process, String jdbcUrl) {
            this.process = process;
            this.jdbcUrl = jdbcUrl;
        }

        public URI url() {
            return process.url();
        }

        public String jdbcUrl() {
            return jdbcUrl;
        }

        /** Stops the instance gracefully (forcibly after a grace period). */
        @Override
        public void close() {
            process.close();
        }
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
        instances.forEach(Instance::close);
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
        if (restartableData != null) {
            quietly("removing " + restartableData, () -> deleteRecursively(restartableData));
        }
        log("stopped");
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        private boolean restartable;

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

        /**
         * Kafka as a child JVM and PostgreSQL as an embedded server, both with their data in a temporary folder, so
         * that {@link Stack#killKafka()}, {@link Stack#stopPostgresImmediately()} and their restarts can take them
         * away and bring them back with their data (fault tests). Implies throwaway databases; PALACE_TEST_PG is not
         * used, as the stack must own the server it stops.
         */
        public Builder restartableInfrastructure() {
            this.restartable = true;
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
                String testServer = System.getenv("PALACE_TEST_PG");
                boolean shared = databases == Databases.THROWAWAY && !restartable && testServer != null
                        && !testServer.isBlank();
                databaseSuffix = shared ? "_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                        : "";
            }
            return databaseSuffix;
        }
    }
}
