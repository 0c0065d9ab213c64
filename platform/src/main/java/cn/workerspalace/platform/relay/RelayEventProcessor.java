package cn.workerspalace.platform.relay;

import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;

/**
 * The relay's processor: Axon's pooled streaming processor (one reader of the event store, a work package per
 * segment) without the correlation data interceptor that Axon adds to every processor. The relay dispatches no
 * message that could carry correlation data, yet with the interceptor each handled event's result message asks the
 * correlation data providers for it, which deserialises the event's metadata only to throw it away (31% of the
 * relay's CPU in a profile).
 */
class RelayEventProcessor extends PooledStreamingEventProcessor {

    RelayEventProcessor(PooledStreamingEventProcessor.Builder builder) {
        super(builder);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super EventMessage<?>> interceptor) {
        if (interceptor instanceof CorrelationDataInterceptor<?>) {
            return () -> true;
        }
        return super.registerHandlerInterceptor(interceptor);
    }
}
