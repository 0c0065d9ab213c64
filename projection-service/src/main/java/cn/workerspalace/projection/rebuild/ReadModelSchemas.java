package cn.workerspalace.projection.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schemas a rebuild works with. The read models live in the connections' current schema (normally
 * {@code public}); a rebuild creates {@code rebuild_<id>} with the same Flyway migrations, fills it, and then, in
 * one transaction, moves the current tables to {@code retired_<id>} and the rebuilt ones into the current schema
 * ({@code ALTER TABLE ... SET SCHEMA}). Queries name tables without a schema, so a reader sees either every old
 * table or every new one; PostgreSQL re-plans prepared statements whose tables moved. Only one rebuild runs at a
 * time against a database: a session advisory lock, held by a connection of its own, says so across instances.
 */
final class ReadModelSchemas {

    /** PostgreSQL SQL states: lock_not_available (lock_timeout) and deadlock_detected. */
    static final Set<String> RETRYABLE = Set.of("55P03", "40P01");

    private static final Logger log = LoggerFactory.getLogger(ReadModelSchemas.class);
    private static final long LOCK_KEY = 0x70726f6a5265626cL;
    private static final String REBUILD = "rebuild_";
    private static final String RETIRED = "retired_";
    /** Attempts at the readers' locks, each waiting at most the readers' patience. */
    private static final int READER_LOCK_ATTEMPTS = 40;

    private final DataSource dataSource;
    private final Flyway flyway;
    private final Duration writersPatience;
    private final Duration readersPatience;

    ReadModelSchemas(DataSource dataSource, Flyway flyway, Duration writersPatience, Duration readersPatience) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.writersPatience = writersPatience;
        this.readersPatience = readersPatience;
    }

    static String rebuildSchema(long id) {
        return REBUILD + id;
    }

    static String retiredSchema(long id) {
        return RETIRED + id;
    }

    /**
     * Takes the rebuild lock on a connection of its own, which must stay open while the rebuild runs and be closed
     * after; empty when another session holds it.
     */
    Optional<Connection> lock() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (result.getBoolean(1)) {
                    return Optional.of(connection);
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    /** Releases the lock and the connection that holds it. */
    static void unlock(Connection lock) {
        try (lock; PreparedStatement statement = lock.prepareStatement("select pg_advisory_unlock(?)")) {
            statement.setLong(1, LOCK_KEY);
            statement.execute();
        } catch (SQLException e) {
            log.warn("cannot release the rebuild lock; it goes with the connection", e);
        }
    }

    /**
     * The next id, one above any rebuild or retired schema's; the schemas of rebuilds that never finished (the
     * process died) are dropped. Call holding the lock.
     */
    long nextId(Connection lock) throws SQLException {
        long next = 1;
        List<String> stale = new ArrayList<>();
        try (Statement statement = lock.createStatement();
             ResultSet schemas = statement.executeQuery(
                     "select nspname from pg_namespace where nspname ~ '^(rebuild|retired)_[0-9]+$'")) {
            while (schemas.next()) {
                String name = schemas.getString(1);
                next = Math.max(next, Long.parseLong(name.substring(name.indexOf('_') + 1)) + 1);
                if (name.startsWith(REBUILD)) {
                    stale.add(name);
                }
            }
        }
        for (String schema : stale) {
            log.info("dropping schema {} of a rebuild that never finished", schema);
            drop(lock, schema);
        }
        return next;
    }

    /** Creates the schema with every read model table, empty, by the same migrations as the current ones. */
    void create(String schema) {
        Flyway.configure()
                .configuration(flyway.getConfiguration())
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .load()
                .migrate();
    }

    /**
     * Switches the readers over to the tables of {@code rebuilt}, keeping the current ones in {@code retired}.
     * First every writer of the current tables is locked out (a live batch in progress finishes first; the next one
     * waits and then, PostgreSQL looking its tables up again, writes to the new tables): from then on nothing is
     * added to the current tables, so {@code catchUp}, which must apply every record up to the end offsets of now
     * into the new ones, leaves the new tables holding every event the current ones hold. Then the readers are
     * locked out for the moment of the swap, and everything commits at once.
     */
    void switchOver(String rebuilt, String retired, CatchUp catchUp) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                String current = currentSchema(statement);
                List<String> tables = tables(connection, rebuilt);
                List<String> currentTables = tables(connection, current);
                if (!currentTables.equals(tables)) {
                    throw new IllegalStateException("the rebuilt tables " + tables + " are not the current ones "
                            + currentTables + " of schema " + current);
                }
                String list = qualified(current, tables);
                statement.execute("set local lock_timeout = " + writersPatience.toMillis());
                statement.execute("lock table " + list + " in exclusive mode");
                catchUp.run();
                statement.execute("set local lock_timeout = " + readersPatience.toMillis());
                lockOutReaders(connection, statement, list);
                statement.execute("create schema " + quote(retired));
                for (String table : tables) {
                    statement.execute("alter table " + quote(current) + "." + quote(table) + " set schema "
                            + quote(retired));
                }
                for (String table : tables) {
                    statement.execute("alter table " + quote(rebuilt) + "." + quote(table) + " set schema "
                            + quote(current));
                }
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Readers hold their locks to the end of their (short) transactions; a reader that read one table and waits for
     * another we hold would deadlock with us, so we give up first (our patience is shorter than PostgreSQL's
     * deadlock timeout) and try again, keeping the writers locked out meanwhile.
     */
    private void lockOutReaders(Connection connection, Statement statement, String list) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            Savepoint beforeLock = connection.setSavepoint();
            try {
                statement.execute("lock table " + list + " in access exclusive mode");
                connection.releaseSavepoint(beforeLock);
                return;
            } catch (SQLException e) {
                if (!RETRYABLE.contains(e.getSQLState()) || attempt == READER_LOCK_ATTEMPTS) {
                    throw e;
                }
                connection.rollback(beforeLock);
            }
        }
    }

    /** After the switch: the empty rebuild schema goes, and so do older retired tables unless kept. */
    void cleanUpAfterSwitch(String rebuilt, String retired, boolean keepRetired) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            drop(connection, rebuilt);
            List<String> old = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet schemas = statement.executeQuery(
                         "select nspname from pg_namespace where nspname ~ '^retired_[0-9]+$'")) {
                while (schemas.next()) {
                    String name = schemas.getString(1);
                    if (!keepRetired || !name.equals(retired)) {
                        old.add(name);
                    }
                }
            }
            for (String schema : old) {
                drop(connection, schema);
            }
        }
    }

    /** Drops a rebuild's schema and all in it, if it exists. */
    void dropQuietly(String schema) {
        try (Connection connection = dataSource.getConnection()) {
            drop(connection, schema);
        } catch (SQLException | RuntimeException e) {
            log.warn("cannot drop schema {}; the next rebuild drops it", schema, e);
        }
    }

    private static void drop(Connection connection, String schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + quote(schema) + " cascade");
        }
    }

    private static String currentSchema(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("select current_schema()")) {
            result.next();
            return result.getString(1);
        }
    }

    /** The read model tables of a schema, by name, {@code processed_event} first (the first table writers lock). */
    private List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select tablename from pg_tables where schemaname = ? and tablename <> ?
                order by tablename <> 'processed_event', tablename""")) {
            statement.setString(1, schema);
            statement.setString(2, flyway.getConfiguration().getTable());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
        }
        return tables;
    }

    private static String qualified(String schema, List<String> tables) {
        return String.join(", ", tables.stream().map(table -> quote(schema) + "." + quote(table)).toList());
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Whatever must run while the writers of the current tables are locked out. */
    @FunctionalInterface
    interface CatchUp {
        void run() throws Exception;
    }
}
