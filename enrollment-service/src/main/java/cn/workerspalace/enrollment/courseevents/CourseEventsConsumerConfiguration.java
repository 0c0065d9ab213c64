package cn.workerspalace.enrollment.courseevents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A failed record is retried until it succeeds (a database outage must not lose a class opening), with growing
 * pauses up to 30 s. Boot's listener container factory picks this handler up.
 */
@Configuration
class CourseEventsConsumerConfiguration {

    @Bean
    DefaultErrorHandler courseEventsErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(30_000);
        return new DefaultErrorHandler(backOff);
    }
}
