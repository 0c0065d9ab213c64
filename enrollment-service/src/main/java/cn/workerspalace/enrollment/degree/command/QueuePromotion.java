package cn.workerspalace.enrollment.degree.command;

import cn.workerspalace.contracts.degree.SubsidyPlaceReservedEvent;
import cn.workerspalace.enrollment.degree.api.ApproveReservedApplicationCommand;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * When the quota gives a freed place to the head of a city's queue, the waiting application is approved, as of
 * the moment the place was reserved. Runs in a tracking processor ({@link QueuePromotionConfiguration}): after the
 * reservation is committed, in a transaction of its own, and again after a failure until it succeeds; the
 * application ignores the command unless it is still waiting, so a repeat changes nothing.
 */
@Component
@ProcessingGroup(QueuePromotion.PROCESSING_GROUP)
class QueuePromotion {

    static final String PROCESSING_GROUP = "degree-queue-promotion";
    private final CommandGateway commands;

    QueuePromotion(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(SubsidyPlaceReservedEvent event, @Timestamp Instant reservedAt) {
        if (event.fromQueue()) {
            commands.sendAndWait(new ApproveReservedApplicationCommand(event.applicationId(), event.year(),
                    event.cityCode(), reservedAt));
        }
    }
}
