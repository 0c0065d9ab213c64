package cn.workerspalace.benchmark;

import cn.workerspalace.localstack.stack.ProjectRoot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar [--quick] [options]}: runs the benchmark
 * against the service jars of the checkout and writes {@code benchmark/target/benchmark-report.md}.
 *
 * <p>The stack puts fresh databases (dropped at the end) on the server named by the environment variable
 * {@code PALACE_TEST_PG}; when it is not set to the server asked for, this JVM runs itself again with it set.
 */
public final class BenchmarkApplication {

    static final String SERVER_VARIABLE = "PALACE_TEST_PG";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private BenchmarkApplication() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(Options.usage());
            return;
        }
        Options options = Options.parse(args, ProjectRoot.detect());
        if (!options.postgres().equals(System.getenv(SERVER_VARIABLE))) {
            System.exit(again(options.postgres()));
        }
        Files.createDirectories(options.outputDirectory());
        Path logFile = options.outputDirectory().resolve("benchmark.log");
        try (PrintWriter logWriter = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8))) {
            Object lock = new Object();
            java.util.function.Consumer<String> log = line -> {
                String stamped = "[bench " + LocalTime.now().format(CLOCK) + "] " + line;
                synchronized (lock) {
                    System.out.println(stamped);
                    logWriter.println(stamped);
                    logWriter.flush();
                }
            };
            log.accept("project root " + options.projectRoot() + "; output in " + options.outputDirectory());
            Results results = new Benchmark(options, command(args), log).run();
            String report = new ReportWriter(results).write();
            Path reportFile = options.outputDirectory().resolve("benchmark-report.md");
            Files.writeString(reportFile, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            System.out.println();
            System.out.println(report);
            log.accept("report written to " + reportFile);
            // the Kafka broker's and HTTP clients' threads would keep the JVM alive a little longer
            logWriter.flush();
            System.exit(results.aborted == null ? 0 : 1);
        }
    }

    private static String command(String[] args) {
        return "java -jar benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar" + (args.length == 0 ? ""
                : " " + String.join(" ", args));
    }

    /** Runs this very command line again with the server variable set, and answers its exit code. */
    private static int again(String server) throws IOException, InterruptedException {
        ProcessHandle.Info self = ProcessHandle.current().info();
        List<String> command = new ArrayList<>();
        command.add(self.command().orElseThrow(() -> new IllegalStateException("cannot see this JVM's command")));
        command.addAll(List.of(self.arguments().orElseThrow(
                () -> new IllegalStateException("cannot see this JVM's arguments"))));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(SERVER_VARIABLE, server);
        Process child = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        return child.waitFor();
    }
}
