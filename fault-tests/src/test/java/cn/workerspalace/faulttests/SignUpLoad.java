package cn.workerspalace.faulttests;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.localstack.testkit.Http;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients signing workers up for a world's classes and cancelling, over REST, until stopped. Each client thread owns
 * a share of the workers, so it knows what each of its workers holds from the answers it got. A request whose outcome
 * the client cannot know (the connection broke, a 5xx) makes that worker and class "uncertain": the client never
 * touches the pair again, and only the roster tells what became of it.
 */
final class SignUpLoad {

    /** What the clients were told. */
    static final class Tally {

        final AtomicLong confirmed = new AtomicLong();
        final AtomicLong waitlisted = new AtomicLong();
        final AtomicLong cancelled = new AtomicLong();
        final AtomicLong transportFailures = new AtomicLong();
        final AtomicLong serverErrors = new AtomicLong();
        final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        /** Per worker, the classes the clients know the worker holds a sign-up for; filled when the load stops. */
        final Map<String, Set<String>> held = new HashMap<>();
        final Map<String, Set<String>> uncertain = new HashMap<>();

        long acknowledged() {
            return confirmed.get() + waitlisted.get() + cancelled.get();
        }

        @Override
        public String toString() {
            return String.format("%d confirmed, %d waitlisted, %d cancellations acknowledged; %d transport failures, "
                    + "%d server errors, %d unexpected answers", confirmed.get(), waitlisted.get(), cancelled.get(),
                    transportFailures.get(), serverErrors.get(), unexpected.size());
        }
    }

    private final Http http;
    private final World world;
    private final int clients;
    private final double cancelShare;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Client> running = new ArrayList<>();
    private final Tally tally = new Tally();
    private final AtomicLong nextSlot = new AtomicLong();
    private long interval;
    private Thread watcher;

    SignUpLoad(Http http, World world, int clients, double cancelShare) {
        this.http = http;
        this.world = world;
        this.clients = clients;
        this.cancelShare = cancelShare;
    }

    /**
     * At most this many requests a second, all clients together: the services, the broker, PostgreSQL and the
     * clients share two cores, and a projection that cannot keep up would only measure the machine.
     */
    SignUpLoad atMostPerSecond(int requests) {
        this.interval = 1_000_000_000L / requests;
        return this;
    }

    /** Makes the clients stop by themselves once {@code done} holds (checked four times a second). */
    SignUpLoad until(java.util.function.BooleanSupplier done) {
        watcher = new Thread(() -> {
            while (!stopping.get() && !done.getAsBoolean()) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
            stopping.set(true);
        }, world.prefix + "-load-watcher");
        watcher.setDaemon(true);
        return this;
    }

    boolean stopped() {
        return stopping.get();
    }

    SignUpLoad start() {
        if (watcher != null) {
            watcher.start();
        }
        for (int c = 0; c < clients; c++) {
            List<String> own = new ArrayList<>();
            for (int w = c; w < world.workers.size(); w += clients) {
                own.add(world.workers.get(w));
            }
            Client client = new Client(own, new Random(31L * c + world.prefix.hashCode()));
            running.add(client);
            Thread thread = new Thread(client, world.prefix + "-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    /** Stops the clients, waits for their last requests, and returns what they were told. */
    Tally stop() {
        stopping.set(true);
        for (Thread thread : threads) {
            try {
                thread.join(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            assertThat(thread.isAlive()).as("%s still running", thread.getName()).isFalse();
        }
        for (Client client : running) {
            tally.held.putAll(client.held);
            tally.uncertain.putAll(client.uncertain);
        }
        return tally;
    }

    Tally tally() {
        return tally;
    }

    /**
     * Every worker and class whose outcome the clients know matches the rosters: a sign-up they were told about is
     * there (confirmed or waitlisted), a cancelled one is not.
     */
    static void assertClientsAgreeWithRosters(World world, Tally tally, Map<String, Rosters.Roster> rosters) {
        List<String> disagreements = new ArrayList<>();
        for (String worker : world.workers) {
            Set<String> held = tally.held.getOrDefault(worker, Set.of());
            Set<String> unknown = tally.uncertain.getOrDefault(worker, Set.of());
            for (String classId : world.classes) {
                if (unknown.contains(classId)) {
                    continue;
                }
                boolean onRoster = rosters.get(classId).active().contains(worker);
                if (onRoster != held.contains(classId)) {
                    disagreements.add(worker + "@" + classId + (onRoster ? " on the roster, but cancelled"
                            : " missing from the roster"));
                }
            }
        }
        assertThat(disagreements).as("answers the clients got that the rosters contradict").isEmpty();
    }

    private final class Client implements Runnable {

        private final List<String> workers;
        private final Random random;
        private final Map<String, Set<String>> held = new HashMap<>();
        private final Map<String, Set<String>> uncertain = new HashMap<>();

        Client(List<String> workers, Random random) {
            this.workers = workers;
            this.random = random;
        }

        @Override
        public void run() {
            while (!stopping.get()) {
                pace();
                String worker = workers.get(random.nextInt(workers.size()));
                Set<String> holds = held.computeIfAbsent(worker, w -> new HashSet<>());
                Set<String> unknown = uncertain.computeIfAbsent(worker, w -> new HashSet<>());
                if (!holds.isEmpty() && random.nextDouble() < cancelShare) {
                    List<String> candidates = new ArrayList<>(holds);
                    cancel(worker, candidates.get(random.nextInt(candidates.size())), holds, unknown);
                } else {
                    List<String> candidates = new ArrayList<>(world.classes);
                    candidates.removeAll(holds);
                    candidates.removeAll(unknown);
                    if (!candidates.isEmpty()) {
                        signUp(worker, candidates.get(random.nextInt(candidates.size())), holds, unknown);
                    }
                }
            }
        }

        private void signUp(String worker, String classId, Set<String> holds, Set<String> unknown) {
            Http.Answer answer = call(() -> http.post(world.enrollment, "/api/classes/" + classId + "/sign-ups",
                    Map.of("workerId", worker)), worker, classId, unknown);
            if (answer == null) {
                return;
            }
            if (answer.status() == 201 && "CONFIRMED".equals(answer.text("status"))) {
                tally.confirmed.incrementAndGet();
                holds.add(classId);
            } else if (answer.status() == 201 && "WAITLISTED".equals(answer.text("status"))) {
                tally.waitlisted.incrementAndGet();
                holds.add(classId);
            } else {
                unexpected("sign-up " + worker + "@" + classId, answer, classId, unknown);
            }
        }

        private void cancel(String worker, String classId, Set<String> holds, Set<String> unknown) {
            Http.Answer answer = call(() -> http.delete(world.enrollment, "/api/classes/" + classId + "/sign-ups/"
                    + worker), worker, classId, unknown);
            if (answer == null) {
                holds.remove(classId);
                return;
            }
            if (answer.status() == 200) {
                tally.cancelled.incrementAndGet();
                holds.remove(classId);
            } else {
                holds.remove(classId);
                unexpected("cancel " + worker + "@" + classId, answer, classId, unknown);
            }
        }

        /** The answer, or null when the request's outcome cannot be known (the pair is then uncertain). */
        private Http.Answer call(java.util.function.Supplier<Http.Answer> request, String worker, String classId,
                                 Set<String> unknown) {
            try {
                Http.Answer answer = request.get();
                if (answer.status() >= 500) {
                    tally.serverErrors.incrementAndGet();
                    unknown.add(classId);
                    pause();
                    return null;
                }
                return answer;
            } catch (UncheckedIOException e) {
                tally.transportFailures.incrementAndGet();
                unknown.add(classId);
                pause();
                return null;
            }
        }

        private void unexpected(String what, Http.Answer answer, String classId, Set<String> unknown) {
            unknown.add(classId);
            tally.unexpected.add(what + ": " + answer);
        }

        private void pace() {
            if (interval == 0) {
                return;
            }
            long now = System.nanoTime();
            long slot = nextSlot.updateAndGet(previous -> Math.max(previous + interval, now));
            long wait = slot - now;
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The service is away (killed, restarting): do not hammer it. */
        private void pause() {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
