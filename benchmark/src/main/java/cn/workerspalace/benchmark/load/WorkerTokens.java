package cn.workerspalace.benchmark.load;

import cn.workerspalace.benchmark.province.Province;
import cn.workerspalace.localstack.token.DevIssuer;
import java.time.Duration;
import java.util.stream.IntStream;

/**
 * A WORKER token for every worker of the province, signed before the crowd arrives: in a flash crowd each worker signs
 * up, cancels and applies from their own session, so the services verify one token after another, not one token
 * again and again (which a cache of verified tokens would make free).
 */
public final class WorkerTokens {

    /** Longer than any run. */
    private static final Duration LIFETIME = Duration.ofHours(24);

    private final String[] tokens;

    private WorkerTokens(String[] tokens) {
        this.tokens = tokens;
    }

    /** Signs one token per worker, on all cores. */
    public static WorkerTokens sign(DevIssuer issuer, int workers) {
        String[] tokens = new String[workers];
        IntStream.range(0, workers).parallel()
                .forEach(n -> tokens[n] = issuer.token("WORKER", null, Province.workerId(n), LIFETIME));
        return new WorkerTokens(tokens);
    }

    public String of(int worker) {
        return tokens[worker];
    }
}
