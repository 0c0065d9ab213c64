package cn.workerspalace.platform.axon;

import cn.workerspalace.platform.security.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;

/**
 * Who sent each command, carried onto every event it causes, so the event store is the audit trail (who approved,
 * who recorded attendance). Read when the command is dispatched, on the request's thread: the command bus runs
 * handlers on its own pool, where no security context exists. A command sent with no signed-in actor (a Kafka
 * listener, a processor reacting to an event) is the service's own: {@code system:<spring.application.name>}.
 */
public final class ActorMetadata {

    public static final String ACTOR = "actor";
    public static final String ACTOR_ROLES = "actorRoles";
    public static final String ACTOR_PALACE = "actorPalace";

    private ActorMetadata() {
    }

    public static MessageDispatchInterceptor<CommandMessage<?>> dispatchInterceptor(String applicationName) {
        String system = "system:" + applicationName;
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> command.getMetaData().containsKey(ACTOR)
                        ? command : command.andMetaData(actorOf(system));
            }
        };
    }

    /** Copies the actor of the command onto every event it applies. */
    public static CorrelationDataProvider correlationDataProvider() {
        return new SimpleCorrelationDataProvider(ACTOR, ACTOR_ROLES, ACTOR_PALACE);
    }

    private static Map<String, String> actorOf(String system) {
        return Actor.fromContext().map(actor -> {
            Map<String, String> metadata = new HashMap<>();
            metadata.put(ACTOR, actor.subject());
            metadata.put(ACTOR_ROLES, actor.rolesText());
            if (actor.palaceId() != null) {
                metadata.put(ACTOR_PALACE, actor.palaceId());
            }
            return metadata;
        }).orElse(Map.of(ACTOR, system));
    }
}
