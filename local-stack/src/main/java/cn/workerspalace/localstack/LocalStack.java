package cn.workerspalace.localstack;

import cn.workerspalace.localstack.consistency.ConsistencyCheck;
import cn.workerspalace.localstack.consistency.ConsistencyCheckException;
import cn.workerspalace.localstack.demo.DemoData;
import cn.workerspalace.localstack.demo.DemoDataException;
import cn.workerspalace.localstack.demo.DemoSize;
import cn.workerspalace.localstack.demo.DemoSummary;
import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.stack.StackException;
import cn.workerspalace.localstack.token.DevIssuer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one-command local run: {@code java -jar local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar [--demo-data]}
 * starts Kafka, PostgreSQL and the three services, prints where they answer, and stops everything on Ctrl+C;
 * {@code --check-consistency} checks the read models of a running stack against its event stores.
 */
public final class LocalStack {

    private static final String JAR = "local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar";
    private static final Set<String> FLAGS = Set.of("demo-data", "demo-data-only", "embedded-postgres",
            "check-consistency", "help");
    private static final Set<String> OPTIONS = Set.of("course-port", "enrollment-port", "projection-port",
            "kafka-port", "kafka-controller-port", "postgres-port", "data-dir", "demo-size", "course-db",
            "enrollment-db", "bearer-token", "token", "palace", "worker", "ttl");
    private static final Set<String> ROLES = Set.of("OPS_CENTER", "COORDINATOR", "SERVICE_POINT", "WORKER");

    /** Set once Ctrl+C (or a kill) began the shutdown: the services stopping then is expected. */
    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    private LocalStack() {
    }

    public static void main(String[] args) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (options.containsKey("help")) {
            System.out.println(usage());
            return;
        }
        if (options.containsKey("token")) {
            try {
                System.out.println(token(options));
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(2);
            }
            return;
        }
        DemoSize size = "small".equals(options.get("demo-size")) ? DemoSize.SMALL : DemoSize.FULL;
        if (options.containsKey("check-consistency")) {
            System.exit(checkConsistency(options));
        }
        if (options.containsKey("demo-data-only")) {
            System.exit(loadDemoData(url(options, Service.COURSE), url(options, Service.ENROLLMENT), size,
                    devIssuer(options).opsCentre()) ? 0 : 1);
        }
        Stack stack = configure(options).build();
        // the stack stops itself when the JVM ends; this only tells the watch loop that it is expected
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STOPPING.set(true), "stopping-flag"));
        long started = System.nanoTime();
        try {
            stack.start();
        } catch (StackException e) {
            System.err.println("[stack] cannot start: " + e.getMessage());
            System.exit(1);
        }
        printBanner(stack, (System.nanoTime() - started) / 1e9);
        if (options.containsKey("demo-data")) {
            loadDemoData(stack.url(Service.COURSE), stack.url(Service.ENROLLMENT), size,
                    stack.devIssuer().opsCentre());
            System.out.println("[stack] demo data loaded; figures: " + stack.url(Service.PROJECTION)
                    + "/api/stats/palaces?year=" + thisYear() + "   (Ctrl+C stops the stack)");
        }
        watch(stack);
    }

    private static Stack.Builder configure(Map<String, String> options) {
        Stack.Builder builder = Stack.builder();
        for (Service service : Service.values()) {
            String port = options.get(service.shortName() + "-port");
            if (port != null) {
                builder.port(service, Integer.parseInt(port));
            }
        }
        builder.kafkaPorts(Integer.parseInt(options.getOrDefault("kafka-port", "9092")),
                Integer.parseInt(options.getOrDefault("kafka-controller-port", "9093")));
        if (options.containsKey("postgres-port")) {
            builder.embeddedPostgresPort(Integer.parseInt(options.get("postgres-port")));
        }
        if (options.containsKey("data-dir")) {
            builder.dataDirectory(Path.of(options.get("data-dir")));
        }
        if (options.containsKey("embedded-postgres")) {
            builder.databases(Stack.Databases.KEPT_EMBEDDED);
        }
        return builder;
    }

    /** {@code --token ROLE [--palace P] [--worker W] [--ttl 8h]}: a token of the dev issuer the services trust. */
    static String token(Map<String, String> options) {
        String role = options.get("token");
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("--token takes one of " + ROLES);
        }
        String palace = options.get("palace");
        String worker = options.get("worker");
        if ((role.equals("COORDINATOR") || role.equals("SERVICE_POINT")) && palace == null) {
            throw new IllegalArgumentException("--token " + role + " needs --palace=<palace id>");
        }
        if (role.equals("WORKER") && worker == null) {
            throw new IllegalArgumentException("--token WORKER needs --worker=<worker id>");
        }
        Duration ttl = options.containsKey("ttl") ? Duration.parse("PT" + options.get("ttl").toUpperCase())
                : DevIssuer.DEFAULT_TTL;
        return devIssuer(options).token(role, role.equals("WORKER") ? null : palace,
                role.equals("WORKER") ? worker : null, ttl);
    }

    private static DevIssuer devIssuer(Map<String, String> options) {
        return options.containsKey("data-dir") ? DevIssuer.in(Path.of(options.get("data-dir")).toAbsolutePath())
                : DevIssuer.ofProject();
    }

    private static boolean loadDemoData(URI course, URI enrollment, DemoSize size, String opsCentreToken) {
        try {
            DemoSummary summary = DemoData.load(course, enrollment, size, opsCentreToken, System.out::println);
            return summary.errors().isEmpty();
        } catch (DemoDataException e) {
            System.err.println("[demo] failed: " + e.getMessage());
            return false;
        }
    }

    /** 0 when the read models equal the figures recomputed from the event stores, 1 on a difference, 2 on error. */
    private static int checkConsistency(Map<String, String> options) {
        String postgres = "jdbc:postgresql://127.0.0.1:" + options.getOrDefault("postgres-port", "5432") + "/";
        ConsistencyCheck check = new ConsistencyCheck(
                options.getOrDefault("course-db", postgres + Service.COURSE.database() + "?user=postgres"),
                options.getOrDefault("enrollment-db", postgres + Service.ENROLLMENT.database() + "?user=postgres"),
                url(options, Service.PROJECTION),
                options.getOrDefault("bearer-token", devIssuer(options).opsCentre()));
        try {
            ConsistencyCheck.Result result = check.run();
            result.differences().forEach(difference -> System.out.println("[consistency] DIFFERENCE " + difference));
            System.out.println("[consistency] " + result.summary());
            return result.consistent() ? 0 : 1;
        } catch (ConsistencyCheckException e) {
            System.err.println("[consistency] cannot check: " + e.getMessage());
            return 2;
        }
    }

    /** Keeps the launcher alive while the services run; a service that dies takes the stack down with it. */
    private static void watch(Stack stack) {
        while (!STOPPING.get()) {
            var exited = stack.exitedService();
            if (exited.isPresent() && !STOPPING.get()) {
                System.err.println("[stack] " + exited.get() + " stopped unexpectedly; stopping the stack");
                System.exit(1);
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void printBanner(Stack stack, double seconds) {
        URI course = stack.url(Service.COURSE);
        URI enrollment = stack.url(Service.ENROLLMENT);
        URI projection = stack.url(Service.PROJECTION);
        String line = "=".repeat(100);
        StringBuilder banner = new StringBuilder("\n").append(line).append('\n')
                .append(String.format(" Workers' cultural palace training system is running (started in %.0f s)%n%n",
                        seconds))
                .append(String.format("   course-service      %s   %s/api/palaces  %s/api/courses  %s/api/classes/{id}%n",
                        course, course, course, course))
                .append(String.format("   enrollment-service  %s   %s/api/workers  %s/api/classes/{id}/sign-ups%n",
                        enrollment, enrollment, enrollment))
                .append(String.format("   projection-service  %s   %s/api/stats/palaces?year=%d%n",
                        projection, projection, thisYear()))
                .append(String.format("   Swagger UI          %s/swagger-ui.html  %s/swagger-ui.html  %s/swagger-ui.html%n",
                        course, enrollment, projection))
                .append(String.format("   OpenAPI             %s/v3/api-docs  %s/v3/api-docs  %s/v3/api-docs%n",
                        course, enrollment, projection))
                .append(String.format("   Prometheus          %s/actuator/prometheus  %s/actuator/prometheus  "
                        + "%s/actuator/prometheus%n", course, enrollment, projection))
                .append(String.format("   Kafka               %s  (KRaft; temporary: the topics start empty on "
                        + "every run)%n", stack.kafkaBootstrapServers()))
                .append(String.format("   PostgreSQL          %s%n", stack.databaseDescription()))
                .append(String.format("                       %s%n", stack.jdbcUrl(Service.COURSE)))
                .append(String.format("                       %s%n", stack.jdbcUrl(Service.ENROLLMENT)))
                .append(String.format("                       %s%n%n", stack.jdbcUrl(Service.PROJECTION)))
                .append(String.format(" Demo data: java -jar %s --demo-data-only%n", JAR))
                .append(String.format(" A token:   TOKEN=$(java -jar %s --token OPS_CENTER)   then   "
                        + "curl -H \"Authorization: Bearer $TOKEN\" %s/api/palaces%n", JAR, course))
                .append(" Ctrl+C stops everything.\n")
                .append(line);
        System.out.println(banner);
    }

    private static URI url(Map<String, String> options, Service service) {
        return URI.create("http://localhost:"
                + options.getOrDefault(service.shortName() + "-port", Integer.toString(service.defaultPort())));
    }

    private static int thisYear() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    }

    /** {@code --flag}, {@code --option=value} or {@code --option value}. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            String[] parts = arg.substring(2).split("=", 2);
            if (parts.length == 1 && OPTIONS.contains(parts[0]) && i + 1 < args.length
                    && !args[i + 1].startsWith("--")) {
                parts = new String[] {parts[0], args[++i]};
            }
            boolean known = parts.length == 1 ? FLAGS.contains(parts[0]) : OPTIONS.contains(parts[0]);
            if (!known) {
                throw new IllegalArgumentException("unknown option " + arg);
            }
            options.put(parts[0], parts.length == 1 ? "" : parts[1]);
        }
        return options;
    }

    static String usage() {
        return """
                Usage: java -jar %s [options]
                  (build first: ./mvnw -q -DskipTests package)

                  --demo-data                 load demo data once the services are up
                  --demo-data-only            only load demo data into services already running (ports below)
                  --demo-size=full|small      the whole province (default) or two cities
                  --course-port=8081 --enrollment-port=8082 --projection-port=8083
                  --kafka-port=9092 --kafka-controller-port=9093
                  --embedded-postgres         use the embedded PostgreSQL even when 127.0.0.1:5432 answers
                  --postgres-port=54320       port of the embedded PostgreSQL
                  --data-dir=<root>/.local-data   where the embedded PostgreSQL and the dev issuer's keys are kept
                  --check-consistency         compare the projection's figures with the write side's event
                                              stores of a running stack (ports above); exit status 1 on a
                                              difference. Also: --postgres-port=5432, --course-db=<JDBC URL>,
                                              --enrollment-db=<JDBC URL>, --bearer-token=<token>
                                              (default: an OPS_CENTER token of the dev issuer)

                Tokens (the services accept only tokens of the dev issuer, whose keys are in the data directory):
                  --token=OPS_CENTER|COORDINATOR|SERVICE_POINT|WORKER   print a signed token and exit
                  --palace=<palace id>        the palace of a COORDINATOR or SERVICE_POINT token
                  --worker=<worker id>        the worker of a WORKER token
                  --ttl=8h                    how long the token is valid (for example 30m, 8h)
                  --help
                """.formatted(JAR);
    }
}
