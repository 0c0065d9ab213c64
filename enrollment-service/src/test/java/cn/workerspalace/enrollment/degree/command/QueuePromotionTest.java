package cn.workerspalace.enrollment.degree.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.enrollment.degree.api.ApproveReservedApplicationCommand;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class QueuePromotionTest {

    private static final Instant RESERVED_AT = Instant.parse("2026-03-05T02:00:00Z");
    private final CommandGateway commands = mock(CommandGateway.class);
    private final QueuePromotion promotion = new QueuePromotion(commands);

    @Test
    void a_place_reserved_from_the_queue_approves_its_waiting_application_as_of_the_reservation() {
        promotion.on(new SubsidyPlaceReservedEvent(2026, "370100", "a2", true), RESERVED_AT);

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue())
                .isEqualTo(new ApproveReservedApplicationCommand("a2", 2026, "370100", RESERVED_AT));
    }

    @Test
    void a_place_reserved_at_approval_needs_no_promotion() {
        promotion.on(new SubsidyPlaceReservedEvent(2026, "370100", "a1", false), RESERVED_AT);

        verify(commands, never()).sendAndWait(any());
    }
}
