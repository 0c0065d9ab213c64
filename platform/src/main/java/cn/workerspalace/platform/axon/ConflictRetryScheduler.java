package cn.workerspalace.platform.axon;

import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command only when it lost an optimistic-locking race (another instance, or a stale cached aggregate,
 * wrote the same aggregate sequence first): on fresh state it may well succeed. A command refused by a rule would
 * be refused again, so it is not retried. The decision is taken once for the whole cause chain; Axon's predicate
 * hook would be applied to every link of the chain, and the driver's SQL exception under the ConcurrencyException
 * would make every conflict look permanent.
 */
class ConflictRetryScheduler extends IntervalRetryScheduler {

    ConflictRetryScheduler(Builder builder) {
        super(builder);
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        return !isConcurrencyFailure(failure);
    }

    static boolean isConcurrencyFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
