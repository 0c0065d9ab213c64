package cn.workerspalace.benchmark.store;

import cn.workerspalace.benchmark.load.Api;
import cn.workerspalace.benchmark.load.Crowd;
import cn.workerspalace.benchmark.load.CrowdDriver;
import cn.workerspalace.benchmark.load.Mix;
import cn.workerspalace.benchmark.load.PhaseStats;
import cn.workerspalace.benchmark.load.WorkerTokens;
import cn.workerspalace.benchmark.postgres.Server;
import cn.workerspalace.benchmark.province.Province.Clazz;
import cn.workerspalace.benchmark.province.Province;
import cn.workerspalace.benchmark.province.ProvinceLoader;
import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Append throughput of the event store when it is (nearly) empty and when it already holds millions of events. Each
 * case runs a further enrollment-service instance with a database of its own (and its own consumer group, so that it
 * opens its own rosters from course-events, and its own relay topic, so that nothing reaches the main projection);
 * the second case's store is filled with synthetic events before it starts. Both then register the same workers and
 * take the same closed-loop sign-up load.
 */
public final class AppendBenchmark {

    /** One case. */
    public record Case(String label, long storedBefore, long storedAfter, String storeSize,
                       Map<String, Double> prefillSteps, PhaseStats stats) {
    }

    private final Stack stack;
    private final Server server;
    private final Api api;
    private final Province province;
    private final int workers;
    private final int clients;
    private final int loadThreads;
    private final Consumer<String> log;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);

    public AppendBenchmark(Stack stack, Server server, Api api, Province province, int workers, int clients,
                           int loadThreads, Consumer<String> log) {
        this.stack = stack;
        this.server = server;
        this.api = api;
        this.province = province;
        this.workers = workers;
        this.clients = clients;
        this.loadThreads = loadThreads;
        this.log = log;
    }

    public Case measure(String name, long prefill, Duration warmUp, Duration length) throws SQLException {
        Map<String, String> environment = Map.of(
                "SPRING_KAFKA_CONSUMER_GROUP_ID", "bench-" + name + "-" + runId,
                "PALACE_RELAY_TOPIC", "bench-" + name + "-" + runId);
        log.accept("append: starting enrollment-service instance '" + name + "'");
        Stack.Instance instance = stack.startInstance(Service.ENROLLMENT, name, environment);
        String jdbcUrl = instance.jdbcUrl();
        Map<String, Double> steps = Map.of();
        try {
            if (prefill > 0) {
                instance.close();
                log.accept("append: filling its event store with " + prefill + " synthetic events");
                steps = Prefill.into(jdbcUrl, prefill);
                steps.forEach((step, seconds) -> log.accept(String.format("append:   %s: %.1f s", step, seconds)));
                instance = stack.startInstance(Service.ENROLLMENT, name, environment);
            }
            URI url = instance.url();
            Province own = new Province(province.year(), province.palaces(), province.classes(),
                    province.probePalace(), province.probeClasses(), workers);
            awaitRosters(url, own.classes());
            registerWorkers(url, own);
            long before = Prefill.count(jdbcUrl);
            WorkerTokens tokens = WorkerTokens.sign(stack.devIssuer(), own.workers());
            CrowdDriver driver = new CrowdDriver(new Crowd(api, url, own, tokens));
            driver.closedLoop(name + " warm-up", clients, warmUp, Mix.SIGN_UPS);
            PhaseStats stats = driver.closedLoop("append, " + name, clients, length, Mix.SIGN_UPS);
            long after = Prefill.count(jdbcUrl);
            String size = Prefill.size(jdbcUrl);
            log.accept(String.format("append: %s: %d events stored before, %.0f accepted sign-ups/s, store %s",
                    name, before, stats.acceptedRate(), size));
            return new Case(name, before, after, size, steps, stats);
        } finally {
            instance.close();
            server.drop(Server.databaseOf(jdbcUrl));
        }
    }

    private void awaitRosters(URI url, List<Clazz> classes) {
        for (Clazz clazz : classes) {
            Api.Answer answer = api.untilKnown(() -> api.get(url, "/api/classes/" + clazz.id() + "/roster"),
                    Duration.ofSeconds(180));
            if (!answer.accepted()) {
                throw new IllegalStateException("the instance never opened the roster of " + clazz.id() + ": "
                        + answer);
            }
        }
    }

    private void registerWorkers(URI url, Province own) {
        long started = System.nanoTime();
        List<Integer> numbers = IntStream.range(0, own.workers()).boxed().toList();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(loadThreads);
        for (Integer n : numbers) {
            pool.execute(() -> {
                Api.Answer answer = api.untilKnown(() -> api.post(url, "/api/workers",
                        ProvinceLoader.workerBody(own, n)), Duration.ofSeconds(120));
                if (!answer.accepted()) {
                    failed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(30, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " workers could not be registered in the instance");
        }
        log.accept(String.format("append: %d workers registered in %.1f s", own.workers(),
                (System.nanoTime() - started) / 1e9));
    }
}
