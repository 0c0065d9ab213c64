package cn.workerspalace.platform.axon;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;

/**
 * A command gateway whose {@code sendAndWait} never waits longer than the configured answer timeout: a caller (an
 * HTTP thread, a Kafka listener) gets {@link CommandNotAnsweredException} instead of waiting forever for a command
 * stuck behind a starved pool or a dead database. The command itself may still complete later.
 */
public class BoundedWaitCommandGateway extends DefaultCommandGateway {

    private final Duration answerTimeout;

    BoundedWaitCommandGateway(Builder builder, Duration answerTimeout) {
        super(builder);
        this.answerTimeout = answerTimeout;
    }

    @Override
    public <R> R sendAndWait(Object command) {
        return sendAndWait(command, answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        try {
            return super.sendAndWait(command, timeout, unit);
        } catch (RuntimeException failure) {
            if (failure.getCause() instanceof TimeoutException) {
                throw new CommandNotAnsweredException(unit.toMillis(timeout), failure.getCause());
            }
            throw failure;
        }
    }
}
