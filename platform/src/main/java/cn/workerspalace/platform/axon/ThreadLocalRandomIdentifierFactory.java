package cn.workerspalace.platform.axon;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.common.IdentifierFactory;

/**
 * Random (version 4) UUIDs for Axon's message identifiers, drawn from each thread's own generator. Axon's default
 * draws them from {@code UUID.randomUUID()}, whose one shared SecureRandom serialised every command, result and
 * event id of the service on a single lock (design.md and BENCHMARKS.md: up to a minute of threads blocked per
 * minute under load). Message ids must be unique, not secret: 122 random bits from a per-thread generator are
 * unique enough. Resource ids that clients see (workers, applications) still come from {@code UUID.randomUUID()}.
 * Registered through {@code META-INF/services}, where Axon's {@link IdentifierFactory#getInstance()} looks.
 */
public class ThreadLocalRandomIdentifierFactory extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
