package cn.workerspalace.projection.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.Topics;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.projection.support.ProjectionIntegrationTest;
import io.micrometer.core.instrument.Gauge;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The consumer group's lag per partition, on /actuator/prometheus. */
class ConsumerLagTest extends ProjectionIntegrationTest {

    private static final Pattern COURSE_LAG_ZERO = Pattern.compile(
            "projection_consumer_lag\\{[^}]*partition=\"0\"[^}]*topic=\"course-events\"[^}]*} 0\\.0\\b");

    @Autowired
    LiveConsumption live;

    @Test
    void the_lag_of_each_partition_is_on_prometheus_and_zero_once_every_event_is_applied() {
        String palace = "palace-" + UUID.randomUUID();
        events.palace(palace, "滞后文化宫", PalaceLevel.CITY, "370900", null);
        events.worker("w-" + palace, palace, "370900");
        awaitApplied();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String scrape = stats.get("/actuator/prometheus").getBody();
            assertThat(scrape).containsPattern(COURSE_LAG_ZERO)
                    .containsPattern("projection_consumer_lag\\{[^}]*topic=\"enrollment-events\"[^}]*} 0\\.0\\b");
        });
    }

    @Test
    void the_lag_counts_the_records_not_yet_applied_and_committed() throws InterruptedException {
        await().atMost(Duration.ofSeconds(30)).until(() -> lag(Topics.COURSE_EVENTS) == 0);
        assertThat(live.pause(Duration.ofSeconds(30))).isTrue();
        try {
            for (int i = 0; i < 3; i++) {
                events.palace("palace-" + UUID.randomUUID(), "暂停文化宫", PalaceLevel.COUNTY, "370900", null);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> lag(Topics.COURSE_EVENTS) == 3);
        } finally {
            live.resume();
        }
        awaitApplied();
        await().atMost(Duration.ofSeconds(30)).until(() -> lag(Topics.COURSE_EVENTS) == 0);
    }

    private double lag(String topic) {
        Gauge gauge = meters.find(ConsumerLag.LAG).tag("topic", topic).tag("partition", "0").gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }
}
