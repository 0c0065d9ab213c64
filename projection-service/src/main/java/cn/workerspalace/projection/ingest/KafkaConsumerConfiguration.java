package cn.workerspalace.projection.ingest;

import com.fasterxml.jackson.databind.Module;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class KafkaConsumerConfiguration {

    /**
     * A batch whose transaction failed (database down, a bug) is retried with growing pauses and never given up:
     * skipping it would lose its events from the read models for good. Records that cannot be read at all never
     * get here; they go to the dead-letter topic when decoded ({@link DeadLetters}).
     */
    @Bean
    CommonErrorHandler retryForeverErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return new DefaultErrorHandler(backOff);
    }

    /** Jackson's ObjectMapper, which Spring Boot gives every {@code Module} bean, reads UTC instants fast. */
    @Bean
    Module utcInstants() {
        return UtcInstants.module();
    }
}
