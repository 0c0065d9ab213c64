package cn.workerspalace.platform.web.tickets;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.workerspalace.platform.relay.KafkaRelayAutoConfiguration;
import cn.workerspalace.platform.web.IdempotentCommands;
import java.net.URI;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A minimal write service over HTTP: the server names tickets, and a punch answers with its number. */
@SpringBootApplication(exclude = KafkaRelayAutoConfiguration.class)
class TicketApplication {

    record IssueTicketCommand(@TargetAggregateIdentifier String ticketId) {
    }

    record PunchTicketCommand(@TargetAggregateIdentifier String ticketId) {
    }

    record TicketIssuedEvent(String ticketId) {
    }

    record TicketPunchedEvent(String ticketId, int punch) {
    }

    record Punch(String ticketId, int punch) {
    }

    @Aggregate
    static class Ticket {

        @AggregateIdentifier
        private String ticketId;
        private int punches;

        Ticket() {
        }

        @CommandHandler
        Ticket(IssueTicketCommand command) {
            apply(new TicketIssuedEvent(command.ticketId()));
        }

        @CommandHandler
        Punch handle(PunchTicketCommand command) {
            apply(new TicketPunchedEvent(ticketId, punches + 1));
            return new Punch(ticketId, punches);
        }

        @EventSourcingHandler
        void on(TicketIssuedEvent event) {
            ticketId = event.ticketId();
        }

        @EventSourcingHandler
        void on(TicketPunchedEvent event) {
            punches = event.punch();
        }
    }

    @RestController
    static class TicketController {

        private final CommandGateway commands;

        TicketController(CommandGateway commands) {
            this.commands = commands;
        }

        @PostMapping("/tickets")
        ResponseEntity<String> issue() {
            String ticketId = IdempotentCommands.newId();
            commands.sendAndWait(new IssueTicketCommand(ticketId));
            return ResponseEntity.created(URI.create("/tickets/" + ticketId)).body(ticketId);
        }

        @PostMapping("/tickets/{id}/punches")
        ResponseEntity<Punch> punch(@PathVariable String id) {
            Punch punch = commands.sendAndWait(new PunchTicketCommand(id));
            return ResponseEntity.status(201).body(punch);
        }
    }
}
