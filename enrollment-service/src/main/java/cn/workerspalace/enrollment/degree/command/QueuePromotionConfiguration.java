package cn.workerspalace.enrollment.degree.command;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queue promotion is the one processing group of this service that does not run in the publishing
 * transaction (the platform makes groups subscribing by default): it sends a command, which must run after the
 * reservation committed. A tracking processor keeps its token in PostgreSQL, so with several instances one of them
 * promotes, and none misses a reservation across restarts.
 */
@Configuration
class QueuePromotionConfiguration {

    @Bean
    ConfigurerModule queuePromotionProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(QueuePromotion.PROCESSING_GROUP,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing());
    }
}
