package cn.workerspalace.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

class PooledCommandBusTest {

    private PooledCommandBus bus;

    @AfterEach
    void stop() {
        bus.shutdown();
    }

    @Test
    void a_command_whose_transaction_cannot_start_is_answered_with_the_failure() throws Exception {
        bus = busWith(new TransactionManager() {
            @Override
            public Transaction startTransaction() {
                throw new CannotCreateTransactionException("no connection available in 30 s");
            }
        });
        bus.subscribe(String.class.getName(), command -> "handled");

        FutureCallback<Object, Object> answer = new FutureCallback<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage("command"), answer);

        CommandResultMessage<?> result = answer.getResult(5, TimeUnit.SECONDS);
        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).isInstanceOf(CannotCreateTransactionException.class);
    }

    @Test
    void the_pool_keeps_serving_commands_after_a_transaction_failed_to_start() throws Exception {
        boolean[] failNext = {true};
        bus = busWith(new TransactionManager() {
            @Override
            public Transaction startTransaction() {
                if (failNext[0]) {
                    failNext[0] = false;
                    throw new CannotCreateTransactionException("database down");
                }
                return NoTransactionManager.INSTANCE.startTransaction();
            }
        });
        bus.subscribe(String.class.getName(), command -> "handled");
        FutureCallback<Object, Object> first = new FutureCallback<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage("command"), first);
        first.getResult(5, TimeUnit.SECONDS);

        FutureCallback<Object, Object> second = new FutureCallback<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage("command"), second);

        assertThat(second.getResult(5, TimeUnit.SECONDS).getPayload()).isEqualTo("handled");
    }

    @Test
    void send_and_wait_gives_up_after_the_answer_timeout() {
        bus = busWith(NoTransactionManager.INSTANCE);
        CountDownLatch release = new CountDownLatch(1);
        bus.subscribe(String.class.getName(), command -> release.await(10, TimeUnit.SECONDS));
        BoundedWaitCommandGateway gateway = new BoundedWaitCommandGateway(
                DefaultCommandGateway.builder().commandBus(bus), Duration.ofMillis(200));

        long start = System.nanoTime();
        assertThatThrownBy(() -> gateway.sendAndWait("command")).isInstanceOf(CommandNotAnsweredException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        release.countDown();
    }

    private static PooledCommandBus busWith(TransactionManager transactionManager) {
        return new PooledCommandBus(SimpleCommandBus.builder().transactionManager(transactionManager),
                Executors.newFixedThreadPool(1));
    }
}
