package cn.workerspalace.platform.axon;

import static org.axonframework.commandhandling.GenericCommandResultMessage.asCommandResultMessage;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;

/**
 * Handles commands on a fixed pool of threads, like Axon's AsynchronousCommandBus, but every command is answered:
 * when the unit of work cannot even start (no connection for its transaction, the database down, the pool shut
 * down), the failure goes to the command's callback. Axon's bus lets such a failure end the worker thread
 * instead, and the caller waits for an answer that never comes.
 */
public class PooledCommandBus extends SimpleCommandBus {

    private final ExecutorService executor;

    PooledCommandBus(Builder builder, ExecutorService executor) {
        super(builder);
        this.executor = executor;
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        AtomicBoolean answered = new AtomicBoolean();
        CommandCallback<? super C, ? super R> once = (message, result) -> {
            if (answered.compareAndSet(false, true)) {
                callback.onResult(message, result);
            }
        };
        try {
            executor.execute(() -> {
                try {
                    super.handle(command, handler, once);
                } catch (RuntimeException | Error failure) {
                    once.onResult(command, asCommandResultMessage(failure));
                }
            });
        } catch (RuntimeException refused) {
            once.onResult(command, asCommandResultMessage(refused));
        }
    }

    public void shutdown() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
