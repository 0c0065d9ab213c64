package cn.workerspalace.benchmark.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What PostgreSQL itself can do on this machine, measured in a scratch database of the same server the services
 * use, while the services are up and idle:
 * <ul>
 *   <li>single-row insert-and-commit transactions per second from N client connections, each in a loop (what
 *       pgbench with a one-INSERT custom script measures): the ceiling for anything that commits once per
 *       command;</li>
 *   <li>rows per second inserted in batches of {@value #BATCH} rows per transaction, the shape of a projection
 *       applying a batch of events (a text primary key, as the projection's dedup table has).</li>
 * </ul>
 */
public final class RawPostgres {

    static final int BATCH = 500;

    public record CommitRate(int clients, long transactions, double seconds) {
        public double perSecond() {
            return transactions / seconds;
        }
    }

    public record BatchRate(int threads, long rows, double seconds) {
        public double perSecond() {
            return rows / seconds;
        }
    }

    private final String url;

    /** {@code url} names an empty scratch database. */
    public RawPostgres(String url) {
        this.url = url;
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS raw_commit (
                        id      BIGSERIAL PRIMARY KEY,
                        client  INTEGER NOT NULL,
                        payload TEXT    NOT NULL,
                        at      TIMESTAMPTZ NOT NULL DEFAULT now())""");
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS raw_batch (
                        event_id           TEXT PRIMARY KEY,
                        event_type         TEXT        NOT NULL,
                        aggregate_id       TEXT        NOT NULL,
                        aggregate_sequence BIGINT      NOT NULL,
                        event_time         TIMESTAMPTZ NOT NULL,
                        applied_at         TIMESTAMPTZ NOT NULL DEFAULT now())""");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the scratch tables: " + e.getMessage(), e);
        }
    }

    public CommitRate commitRate(int clients, Duration length) {
        String payload = "{\"classId\":\"class-00042\",\"workerId\":\"w-012345\",\"status\":\"CONFIRMED\","
                + "\"waitlistPosition\":null,\"signedUpAt\":\"2026-03-01T01:00:00.123456Z\"}";
        AtomicLong done = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url);
                     PreparedStatement insert = connection.prepareStatement(
                             "INSERT INTO raw_commit (client, payload) VALUES (?, ?)")) {
                    connection.setAutoCommit(true);
                    ready.countDown();
                    go.await();
                    long count = 0;
                    while (System.nanoTime() < window[1]) {
                        insert.setInt(1, client);
                        insert.setString(2, payload);
                        insert.executeUpdate();
                        count++;
                    }
                    done.addAndGet(count);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                    ready.countDown();
                }
            }, "raw-commit-" + c);
            threads.add(thread);
            thread.start();
        }
        await(ready);
        window[0] = System.nanoTime();
        window[1] = window[0] + length.toNanos();
        go.countDown();
        threads.forEach(RawPostgres::join);
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("raw commit test failed: " + failure.get().getMessage(), failure.get());
        }
        return new CommitRate(clients, done.get(), seconds);
    }

    /** Inserts {@code rows} rows in batches, from {@code threads} connections (the projection has one per topic). */
    public BatchRate batchedInsertRate(int rows, int threads) {
        String batchUrl = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        AtomicLong next = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Timestamp time = Timestamp.from(Instant.parse("2025-03-01T01:00:00Z"));
        List<Thread> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(batchUrl);
                     PreparedStatement insert = connection.prepareStatement("INSERT INTO raw_batch (event_id, "
                             + "event_type, aggregate_id, aggregate_sequence, event_time) VALUES (?, ?, ?, ?, ?)")) {
                    connection.setAutoCommit(false);
                    long first;
                    while ((first = next.getAndAdd(BATCH)) < rows) {
                        long last = Math.min(rows, first + BATCH);
                        for (long i = first; i < last; i++) {
                            insert.setString(1, UUID.randomUUID().toString());
                            insert.setString(2, "TraineeSignedUpEvent");
                            insert.setString(3, "class-" + (i / 40));
                            insert.setLong(4, i % 40);
                            insert.setTimestamp(5, time);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                        connection.commit();
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "raw-batch-" + t);
            workers.add(thread);
            thread.start();
        }
        workers.forEach(RawPostgres::join);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("batched insert test failed: " + failure.get().getMessage(),
                    failure.get());
        }
        return new BatchRate(threads, rows, seconds);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
