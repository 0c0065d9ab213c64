package cn.workerspalace.benchmark.load;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the crowd from a fixed pool of client threads (Java 17: no virtual threads), each sending one command and
 * waiting for its answer.
 *
 * <ul>
 *   <li>{@link #closedLoop}: every client sends its next command as soon as the previous one is answered. The
 *       system runs flat out: the accepted rate is its capacity at this concurrency.</li>
 *   <li>{@link #paced}: commands fall due at a fixed rate and the clients send each when due; latency counts from
 *       the moment a command was due, so a system that cannot keep up shows growing latency instead of a quietly
 *       lower rate.</li>
 * </ul>
 */
public final class CrowdDriver {

    private final Crowd crowd;

    public CrowdDriver(Crowd crowd) {
        this.crowd = crowd;
    }

    public PhaseStats closedLoop(String name, int clients, Duration length, Mix mix) {
        PhaseStats stats = new PhaseStats(name, length.toSeconds());
        long lengthNanos = length.toNanos();
        run(clients, stats, 0, (start, deadline) -> {
            long now;
            while ((now = System.nanoTime()) < deadline) {
                CommandType wanted = mix.pick((now - start) / (double) lengthNanos);
                Crowd.Sent sent = crowd.execute(wanted);
                stats.record(sent.type(), sent.answer(), sent.answer().startNanos());
            }
        }, lengthNanos);
        return stats;
    }

    public PhaseStats paced(String name, int clients, Duration length, double rate, Mix mix) {
        PhaseStats stats = new PhaseStats(name, length.toSeconds());
        long lengthNanos = length.toNanos();
        AtomicLong tickets = new AtomicLong();
        double interval = 1e9 / rate;
        run(clients, stats, rate, (start, deadline) -> {
            while (true) {
                long due = start + (long) (tickets.getAndIncrement() * interval);
                if (due >= deadline) {
                    return;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                CommandType wanted = mix.pick((due - start) / (double) lengthNanos);
                Crowd.Sent sent = crowd.execute(wanted);
                stats.record(sent.type(), sent.answer(), due);
            }
        }, lengthNanos);
        return stats;
    }

    private interface ClientLoop {
        void run(long start, long deadline) throws InterruptedException;
    }

    private static void run(int clients, PhaseStats stats, double rate, ClientLoop loop, long lengthNanos) {
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "crowd-client-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                ready.countDown();
                try {
                    go.await();
                    loop.run(window[0], window[1]);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            ready.await();
            stats.start(rate);
            window[0] = System.nanoTime();
            window[1] = window[0] + lengthNanos;
            go.countDown();
            pool.shutdown();
            // the answers still in flight at the deadline are waited for (up to the request timeout)
            pool.awaitTermination(lengthNanos + TimeUnit.SECONDS.toNanos(120), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
            stats.end();
        }
    }
}
