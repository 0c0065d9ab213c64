package cn.workerspalace.benchmark.province;

import cn.workerspalace.benchmark.load.Api.Answer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** One call per item from a fixed pool of threads; answers other than 2xx are collected as failures. */
final class ParallelRun {

    record Result(int ok, List<String> failures) {
    }

    private ParallelRun() {
    }

    static <T> Result each(List<T> items, int threads, Function<T, Answer> call) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int poolSize = Math.max(1, Math.min(threads, items.size()));
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        for (int t = 0; t < poolSize; t++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < items.size() && failures.size() < 20) {
                    T item = items.get(i);
                    Answer answer = call.apply(item);
                    if (answer.accepted()) {
                        ok.incrementAndGet();
                    } else {
                        failures.add(item + ": " + answer);
                    }
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
        return new Result(ok.get(), List.copyOf(failures));
    }
}
