package cn.workerspalace.platform.axon;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import javax.cache.Caching;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Axon tuned as design.md section 8 measured it: commands run on a bounded pool (no larger than the connection
 * pool), aggregates stay in a bounded cache held by strong references, also through refused commands
 * ({@link AggregateCache}), event handlers outside the Kafka relay run in the command's own transaction
 * (subscribing), and a stale cached aggregate (another instance wrote first) is retried rather than failed.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(CommandProcessingProperties.class)
public class AxonPostgresAutoConfiguration {

    /** The name aggregates give in {@code @Aggregate(cache = ...)}. */
    public static final String AGGREGATE_CACHE = "aggregateCache";

    /**
     * Recognises PostgreSQL's unique violation by its SQL state. Axon's default resolver reads vendor error codes,
     * which the PostgreSQL driver does not set, so a lost race on (aggregate id, sequence) would surface as a plain
     * failure instead of a ConcurrencyException that the gateway retries, and a reused id as a 500 instead of 409.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    RevisionResolver revisionResolver() {
        return new ContractRevisionResolver();
    }

    @Bean(destroyMethod = "shutdown")
    @Qualifier("localSegment")
    @Primary
    PooledCommandBus commandBus(TransactionManager transactionManager, Configuration axonConfiguration,
                                CommandProcessingProperties properties, Environment environment) {
        SimpleCommandBus.Builder builder = SimpleCommandBus.builder()
                .transactionManager(transactionManager)
                .messageMonitor(axonConfiguration.messageMonitor(CommandBus.class, "commandBus"));
        PooledCommandBus bus = new PooledCommandBus(builder,
                Executors.newFixedThreadPool(properties.threads(), namedThreads("command-")));
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axonConfiguration.correlationDataProviders()));
        bus.registerDispatchInterceptor(ActorMetadata.dispatchInterceptor(
                environment.getProperty("spring.application.name", "unnamed-service")));
        return bus;
    }

    /** The actor of a command onto its events (docs/security.md); declaring it replaces Axon's default provider. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return ActorMetadata.correlationDataProvider();
    }

    /** Axon's default (correlation and trace ids), which a provider of our own would otherwise switch off. */
    @Bean
    CorrelationDataProvider axonMessageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, CommandProcessingProperties properties) {
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(namedThreads("command-retry-"));
        return new BoundedWaitCommandGateway(DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConflictRetryScheduler(IntervalRetryScheduler.builder()
                        .retryExecutor(retries)
                        .maxRetryCount(properties.conflictRetries())
                        .retryInterval(10))),
                properties.answerTimeout());
    }

    @Bean(AGGREGATE_CACHE)
    Cache aggregateCache(CommandProcessingProperties properties, ObjectProvider<EventStorageEngine> storage) {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setStoreByValue(false);
        configuration.setMaximumSize(OptionalLong.of(properties.cachedAggregates()));
        configuration.setExpireAfterAccess(OptionalLong.of(TimeUnit.MINUTES.toNanos(30)));
        javax.cache.Cache<Object, Object> cache = Caching
                .getCachingProvider("com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider")
                .getCacheManager()
                .createCache("aggregates-" + System.identityHashCode(configuration), configuration);
        return new AggregateCache(new JCacheAdapter(cache), storage::getObject);
    }

    /**
     * Every processing group runs in the publishing transaction unless configured otherwise (the relay is), and a
     * failing handler fails that transaction: Axon's default would log the failure and carry on, which would let a
     * command succeed past a violated lookup-table constraint, or let the relay skip an event.
     */
    @Bean
    ConfigurerModule subscribingByDefault() {
        return configurer -> configurer.eventProcessing()
                .usingSubscribingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    private static ThreadFactory namedThreads(String prefix) {
        CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
        factory.setDaemon(true);
        return factory;
    }
}
