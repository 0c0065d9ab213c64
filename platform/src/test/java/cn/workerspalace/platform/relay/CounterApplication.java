package cn.workerspalace.platform.relay;

import cn.workerspalace.contracts.Revision;
import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A minimal write service: one aggregate, two events, the platform's wiring around it. */
@SpringBootApplication
class CounterApplication {

    record OpenCounterCommand(@TargetAggregateIdentifier String counterId) {
    }

    record IncrementCounterCommand(@TargetAggregateIdentifier String counterId) {
    }

    @Revision("1")
    record CounterOpenedEvent(String counterId) {
    }

    @Revision("2")
    record CounterIncrementedEvent(String counterId, int value) {
    }

    @Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
    static class Counter {

        @AggregateIdentifier
        private String counterId;
        private int value;

        Counter() {
        }

        @CommandHandler
        Counter(OpenCounterCommand command) {
            apply(new CounterOpenedEvent(command.counterId()));
        }

        @CommandHandler
        int handle(IncrementCounterCommand command) {
            apply(new CounterIncrementedEvent(counterId, value + 1));
            return value;
        }

        @EventSourcingHandler
        void on(CounterOpenedEvent event) {
            counterId = event.counterId();
        }

        @EventSourcingHandler
        void on(CounterIncrementedEvent event) {
            value = event.value();
        }
    }
}
