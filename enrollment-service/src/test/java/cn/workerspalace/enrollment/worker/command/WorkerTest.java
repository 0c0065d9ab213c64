package cn.workerspalace.enrollment.worker.command;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.enrollment.SealedPersonalData;
import cn.workerspalace.contracts.enrollment.WorkerPersonalDataErasedEvent;
import cn.workerspalace.contracts.enrollment.WorkerRegisteredEvent;
import cn.workerspalace.enrollment.worker.api.ErasePersonalDataCommand;
import cn.workerspalace.enrollment.worker.api.IdNumberAlreadyRegisteredException;
import cn.workerspalace.enrollment.worker.api.RegisterWorkerCommand;
import cn.workerspalace.enrollment.worker.pii.PersonalData;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkerTest {

    private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final PersonalData PERSONAL_DATA = new PersonalData("张伟", "11010519491231002X", "13812345678");
    private static final SealedPersonalData SEALED = new SealedPersonalData("c2VhbGVkLW5hbWU=", "c2VhbGVkLWlk",
            "c2VhbGVkLXBob25l");
    private static final RegisterWorkerCommand REGISTER = new RegisterWorkerCommand("w1", "M-001", PERSONAL_DATA,
            DIGEST, "palace-jinan", "370100", "sp-1", true, false, NOW);
    private static final WorkerRegisteredEvent REGISTERED = new WorkerRegisteredEvent("w1", "M-001", DIGEST, SEALED,
            null, "palace-jinan", "370100", "sp-1", true, false, NOW);

    private AggregateTestFixture<Worker> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Worker.class);
        fixture.registerInjectableResource((PersonalDataSealing) (workerId, data) -> {
            assertThat(workerId).isEqualTo("w1");
            assertThat(data).isEqualTo(PERSONAL_DATA);
            return SEALED;
        });
    }

    @Test
    void a_worker_registers_with_sealed_personal_data_and_the_id_number_digest() {
        fixture.registerInjectableResource((IdNumberRegistry) digest -> false);
        fixture.givenNoPriorActivity()
                .when(REGISTER)
                .expectEvents(REGISTERED);
    }

    @Test
    void a_second_registration_of_the_same_id_number_is_refused() {
        fixture.registerInjectableResource((IdNumberRegistry) DIGEST::equals);
        fixture.givenNoPriorActivity()
                .when(REGISTER)
                .expectException(IdNumberAlreadyRegisteredException.class)
                .expectNoEvents();
    }

    @Test
    void erasing_a_workers_personal_data_is_recorded() {
        fixture.registerInjectableResource((IdNumberRegistry) digest -> false);
        fixture.given(REGISTERED)
                .when(new ErasePersonalDataCommand("w1", NOW))
                .expectEvents(new WorkerPersonalDataErasedEvent("w1", NOW));
    }

    @Test
    void erasing_again_records_nothing() {
        fixture.registerInjectableResource((IdNumberRegistry) digest -> false);
        fixture.given(REGISTERED, new WorkerPersonalDataErasedEvent("w1", NOW))
                .when(new ErasePersonalDataCommand("w1", NOW.plusSeconds(60)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void the_command_prints_its_personal_data_masked() {
        assertThat(REGISTER.toString()).doesNotContain("11010519491231002X", "13812345678", "张伟")
                .contains("110105********002X", "138****5678");
    }
}
