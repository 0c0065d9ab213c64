package cn.workerspalace.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every write service's HTTP API promises (api.md conventions): RFC 9457 answers, bodies over 1 MiB refused
 * with 413 before they are parsed, POSTs with an {@code Idempotency-Key} answered once and replayed after, and
 * per-client rate limits on the endpoints a service lists.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@Import({ProblemDetailsAdvice.class, ApiDocumentation.class})
@EnableConfigurationProperties({IdempotencyProperties.class, RateLimitProperties.class})
public class WebAutoConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer nulCharacterRefusal() {
        return builder -> builder.modulesToInstall(NulCharacterRefusal.module());
    }

    @Bean
    RequestBodyLimitFilter requestBodyLimitFilter(ObjectMapper json) {
        return new RequestBodyLimitFilter(json);
    }

    @Bean
    IdempotentRequests idempotentRequests(JdbcClient jdbc) {
        return new IdempotentRequests(jdbc);
    }

    @Bean
    IdempotencyKeyFilter idempotencyKeyFilter(IdempotentRequests requests, ObjectMapper json) {
        return new IdempotencyKeyFilter(requests, json);
    }

    /**
     * Registered on the command bus after it is built, so that its transaction is attached before the interceptor
     * records a command's key.
     */
    @Bean
    SmartInitializingSingleton idempotentCommands(ObjectProvider<CommandBus> commandBus, JdbcClient jdbc,
                                                  ObjectProvider<Serializer> serializer) {
        return () -> commandBus.ifAvailable(bus -> {
            bus.registerDispatchInterceptor(IdempotentCommands.keyFromRequest());
            bus.registerHandlerInterceptor(IdempotentCommands.atMostOnce(jdbc, serializer.getObject()));
        });
    }

    @Bean
    WebMvcConfigurer rateLimits(RateLimitProperties properties, ObjectMapper json) {
        RateLimitInterceptor interceptor = new RateLimitInterceptor(properties, json);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }

    @Bean
    IdempotencyKeyPurge idempotencyKeyPurge(IdempotentRequests requests, IdempotencyProperties properties) {
        return new IdempotencyKeyPurge(requests, properties, Clock.systemUTC());
    }
}
