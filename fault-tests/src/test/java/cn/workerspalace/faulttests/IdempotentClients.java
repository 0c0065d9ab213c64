package cn.workerspalace.faulttests;

import cn.workerspalace.localstack.testkit.Http;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that send each command with an {@code Idempotency-Key} of its own and repeat it, with the same key, until
 * they get an answer that is neither a 5xx nor "request in progress" (409 while another attempt with the key is still
 * open), or until their patience runs out. An attempt whose connection broke or timed out is repeated the same way.
 */
final class IdempotentClients {

    /** One command: what it is ({@code kind}, {@code subject}) and how to send it. */
    record Command(String kind, String subject, String key, URI service, String path, Map<String, Object> body) {
    }

    /** The final answer to a command (null when the clients gave up) and how many attempts it took. */
    record Outcome(Command command, Http.Answer answer, int attempts) {

        boolean acknowledged() {
            return answer != null && answer.successful();
        }
    }

    private static final Duration PATIENCE = Duration.ofMinutes(4);

    final AtomicLong done = new AtomicLong();
    final AtomicLong transportFailures = new AtomicLong();
    final AtomicLong serverErrors = new AtomicLong();
    final AtomicLong inProgress = new AtomicLong();
    private final Http http;
    private final Queue<Command> queue;
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();

    IdempotentClients(Http http, List<Command> commands) {
        this.http = http;
        this.queue = new ConcurrentLinkedQueue<>(commands);
    }

    IdempotentClients start(int clients) {
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                Command command;
                while ((command = queue.poll()) != null) {
                    outcomes.add(send(command));
                    done.incrementAndGet();
                }
            }, "idempotent-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    long failedAttempts() {
        return transportFailures.get() + serverErrors.get();
    }

    /** Waits for every command's final answer. */
    List<Outcome> await() {
        for (Thread thread : threads) {
            try {
                thread.join(PATIENCE.plusMinutes(1).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (thread.isAlive()) {
                throw new AssertionError(thread.getName() + " still waiting for an answer");
            }
        }
        return List.copyOf(outcomes);
    }

    private Outcome send(Command command) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int attempts = 0;
        while (System.nanoTime() < deadline) {
            attempts++;
            Http.Answer answer;
            try {
                answer = http.post(command.service(), command.path(), command.body(), command.key());
            } catch (UncheckedIOException e) {
                transportFailures.incrementAndGet();
                pause(250);
                continue;
            }
            if (answer.status() >= 500) {
                serverErrors.incrementAndGet();
                pause(250);
            } else if (inProgress(answer)) {
                inProgress.incrementAndGet();
                pause(1000);
            } else {
                return new Outcome(command, answer, attempts);
            }
        }
        return new Outcome(command, null, attempts);
    }

    static boolean inProgress(Http.Answer answer) {
        return answer.status() == 409 && answer.body().path("type").asText("").endsWith("request-in-progress");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
