package cn.workerspalace.enrollment.worker.command;

import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import cn.workerspalace.enrollment.worker.api.IdNumberAlreadyRegisteredException;
import cn.workerspalace.enrollment.worker.api.RegisterWorkerCommand;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkerTest {

    private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final RegisterWorkerCommand REGISTER = new RegisterWorkerCommand("w1", "M-001", "张伟",
            "370102********1238", DIGEST, "138****5678", "palace-jinan", "370100", "sp-1", true, false, NOW);

    private AggregateTestFixture<Worker> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Worker.class);
    }

    @Test
    void a_worker_registers_with_masked_personal_data_and_the_id_number_digest() {
        fixture.registerInjectableResource((IdNumberRegistry) digest -> false);
        fixture.givenNoPriorActivity()
                .when(REGISTER)
                .expectEvents(new WorkerRegisteredEvent("w1", "M-001", "张伟", "370102********1238", DIGEST,
                        "138****5678", "palace-jinan", "370100", "sp-1", true, false, NOW));
    }

    @Test
    void a_second_registration_of_the_same_id_number_is_refused() {
        fixture.registerInjectableResource((IdNumberRegistry) DIGEST::equals);
        fixture.givenNoPriorActivity()
                .when(REGISTER)
                .expectException(IdNumberAlreadyRegisteredException.class)
                .expectNoEvents();
    }
}
