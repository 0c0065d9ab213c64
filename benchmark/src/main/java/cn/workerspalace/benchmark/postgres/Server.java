package cn.workerspalace.benchmark.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PostgreSQL server the run uses, reached with a JDBC URL of its {@code postgres} database. */
public final class Server {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

    private final String url;

    public Server(String url) {
        if (!URL.matcher(url).matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        this.url = url;
    }

    /** The URL of another database on the same server. */
    public String urlOf(String database) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException(url);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    /** The database a JDBC URL names. */
    public static String databaseOf(String jdbcUrl) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException(jdbcUrl);
        }
        return m.group(2);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    public void create(String database) {
        execute("CREATE DATABASE " + checked(database));
    }

    /** Drops a database, ending the sessions still connected to it. */
    public void drop(String database) {
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + checked(database)
                + "' AND pid <> pg_backend_pid()");
        execute("DROP DATABASE IF EXISTS " + checked(database));
    }

    private static String checked(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unexpected database name " + database);
        }
        return database;
    }

    public void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The server's version and the settings that decide commit and insert speed. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            try (ResultSet r = statement.executeQuery("SELECT version()")) {
                r.next();
                settings.put("version", r.getString(1));
            }
            for (String name : List.of("shared_buffers", "synchronous_commit", "fsync", "wal_level",
                    "max_connections", "max_wal_size", "checkpoint_timeout", "commit_delay")) {
                try (ResultSet r = statement.executeQuery("SHOW " + name)) {
                    r.next();
                    settings.put(name, r.getString(1));
                }
            }
        } catch (SQLException e) {
            settings.put("error", e.getMessage());
        }
        return settings;
    }
}
