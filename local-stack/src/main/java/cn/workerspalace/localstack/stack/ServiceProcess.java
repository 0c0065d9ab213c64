package cn.workerspalace.localstack.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** One service running as a child JVM ({@code java -jar <exec jar>}), configured through environment variables. */
final class ServiceProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;

    private ServiceProcess(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts the jar. Its output goes to {@code logDirectory/<name>.log} when a directory is given (appended to what
     * earlier runs of the same service wrote when it restarts), otherwise to {@code console}, one line at a time,
     * prefixed with {@code [name]}.
     */
    static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment,
                                List<String> jvmArguments, Path logDirectory, Consumer<String> console,
                                boolean restart) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArguments);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        try {
            if (logDirectory != null) {
                Files.createDirectories(logDirectory);
                File log = logDirectory.resolve(name + ".log").toFile();
                builder.redirectOutput(restart ? ProcessBuilder.Redirect.appendTo(log)
                        : ProcessBuilder.Redirect.to(log));
            }
            Process process = builder.start();
            if (logDirectory == null) {
                forward(name, process, console);
            }
            return new ServiceProcess(name, port, process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " from " + jar, e);
        }
    }

    private static void forward(String name, Process process, Consumer<String> console) {
        Thread pump = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    console.accept("[" + name + "] " + line);
                }
            } catch (IOException ignored) {
                // the child closed its output: it has exited
            }
        }, name + "-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** True when {@code /actuator/health} answers status UP. */
    boolean healthy() {
        HttpRequest request = HttpRequest.newBuilder(url().resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode health = JSON.readTree(response.body());
            return "UP".equals(health.path("status").asText());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    String name() {
        return name;
    }

    URI url() {
        return URI.create("http://localhost:" + port);
    }

    /** Kills the service (SIGKILL): no shutdown hooks, no graceful end of anything it was doing. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new StackException(name + " did not die within 30 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while killing " + name, e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Asks the service to stop (SIGTERM, so Spring shuts down gracefully) without waiting. */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the service to stop, and kills it when it has not stopped within the grace period. */
    @Override
    public void close() {
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
