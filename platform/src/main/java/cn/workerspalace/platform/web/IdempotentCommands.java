package cn.workerspalace.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Makes a command sent under an {@code Idempotency-Key} take effect at most once, whether or not its HTTP answer was
 * ever recorded or delivered. Dispatching (on the request's thread) puts the key into the command's metadata; handling
 * (inside the command's database transaction) records the key with the handler's result in the same transaction as
 * the events, or, when the key is already recorded, returns the recorded result without running the handler.
 *
 * <p>Identifiers the server makes ({@link #newId()}) are derived from the key, so a repeated request names the
 * resource the first one created.
 */
public final class IdempotentCommands {

    static final String KEY_METADATA = "idempotencyKey";
    static final String FINGERPRINT_METADATA = "idempotencyFingerprint";
    static final String KEY_ATTRIBUTE = IdempotentCommands.class.getName() + ".key";
    static final String FINGERPRINT_ATTRIBUTE = IdempotentCommands.class.getName() + ".fingerprint";
    private static final String COMMANDS_SENT_ATTRIBUTE = IdempotentCommands.class.getName() + ".sent";

    private IdempotentCommands() {
    }

    /**
     * A new identifier for a resource the server names: a fresh random UUID, or, while handling a POST with an
     * {@code Idempotency-Key}, a name-based UUID of the path and the key, the same for every repeat of the request.
     */
    public static String newId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object key = request == null ? null : request.getAttribute(KEY_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (key == null) {
            return UUID.randomUUID().toString();
        }
        Object fingerprint = request.getAttribute(FINGERPRINT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return UUID.nameUUIDFromBytes((fingerprint + "\n" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Adds the current request's key, numbered per command of the request, to each command it sends. */
    static MessageDispatchInterceptor<CommandMessage<?>> keyFromRequest() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> {
                    RequestAttributes request = RequestContextHolder.getRequestAttributes();
                    Object key = request == null
                            ? null : request.getAttribute(KEY_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
                    if (key == null || command.getMetaData().containsKey(KEY_METADATA)) {
                        return command;
                    }
                    Integer sent = (Integer) request.getAttribute(COMMANDS_SENT_ATTRIBUTE,
                            RequestAttributes.SCOPE_REQUEST);
                    int ordinal = sent == null ? 0 : sent;
                    request.setAttribute(COMMANDS_SENT_ATTRIBUTE, ordinal + 1, RequestAttributes.SCOPE_REQUEST);
                    return command.andMetaData(Map.of(KEY_METADATA, key + "#" + ordinal,
                            FINGERPRINT_METADATA, request.getAttribute(FINGERPRINT_ATTRIBUTE,
                                    RequestAttributes.SCOPE_REQUEST)));
                };
            }
        };
    }

    /** Records or replays, in the command's transaction; the bus must attach that transaction before this runs. */
    static MessageHandlerInterceptor<CommandMessage<?>> atMostOnce(JdbcClient jdbc, Serializer serializer) {
        return new AtMostOnce(jdbc, serializer);
    }

    private record AtMostOnce(JdbcClient jdbc, Serializer serializer)
            implements MessageHandlerInterceptor<CommandMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                             InterceptorChain interceptorChain) throws Exception {
            CommandMessage<?> command = unitOfWork.getMessage();
            Object key = command.getMetaData().get(KEY_METADATA);
            if (key == null) {
                return interceptorChain.proceed();
            }
            String fingerprint = String.valueOf(command.getMetaData().get(FINGERPRINT_METADATA));
            // waits for a concurrent first attempt with the key to commit or roll back
            boolean first = jdbc.sql("""
                            INSERT INTO idempotent_command (idempotency_key, fingerprint) VALUES (?, ?)
                            ON CONFLICT (idempotency_key) DO NOTHING""")
                    .params(key, fingerprint)
                    .update() == 1;
            if (!first) {
                return recorded(key.toString(), fingerprint);
            }
            Object result = interceptorChain.proceed();
            if (result != null) {
                SerializedObject<byte[]> serialized = serializer.serialize(result, byte[].class);
                jdbc.sql("""
                                UPDATE idempotent_command SET result_type = ?, result_revision = ?, result = ?
                                WHERE idempotency_key = ?""")
                        .params(serialized.getType().getName(), serialized.getType().getRevision(),
                                serialized.getData(), key)
                        .update();
            }
            return result;
        }

        private Object recorded(String key, String fingerprint) {
            Recorded recorded = jdbc.sql("""
                            SELECT fingerprint, result_type, result_revision, result FROM idempotent_command
                            WHERE idempotency_key = ?""")
                    .param(key)
                    .query((row, index) -> new Recorded(row.getString("fingerprint"), row.getString("result_type"),
                            row.getString("result_revision"), row.getBytes("result")))
                    .single();
            if (!recorded.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            return Optional.ofNullable(recorded.type())
                    .map(type -> serializer.deserialize(
                            new SimpleSerializedObject<>(recorded.result(), byte[].class, type, recorded.revision())))
                    .orElse(null);
        }
    }

    private record Recorded(String fingerprint, String type, String revision, byte[] result) {
    }
}
