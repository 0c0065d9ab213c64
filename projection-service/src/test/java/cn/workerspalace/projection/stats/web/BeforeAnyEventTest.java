package cn.workerspalace.projection.stats.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.projection.support.StatsClient;
import cn.workerspalace.testsupport.TestPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A fresh service that has applied no event yet (its Kafka listeners do not start). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.listener.auto-startup=false")
class BeforeAnyEventTest {

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry registry) {
        TestPostgres.registerDataSource(registry);
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void before_any_event_there_are_no_palaces_and_the_totals_are_zero_as_of_no_event() {
        StatsClient stats = new StatsClient(http);

        assertThat(stats.json("/api/stats/palaces?year=2026")).isEmpty();
        JsonNode trainees = stats.json("/api/stats/trainees?year=2026");
        assertThat(trainees.get("asOfEvent").isNull()).isTrue();
        assertThat(trainees.get("cities")).isEmpty();
        assertThat(trainees.get("province").get("distinctTrainees").asInt()).isZero();
        assertThat(trainees.get("province").get("personTimes").asInt()).isZero();
    }

    @Test
    void before_any_event_a_year_s_subsidy_figures_are_zero_now_and_as_of_any_day() {
        StatsClient stats = new StatsClient(http);

        for (String path : new String[] {"/api/stats/subsidy?year=2026", "/api/stats/subsidy?year=2026&asOf=2026-06-30"}) {
            JsonNode figures = stats.json(path);
            assertThat(figures.get("quota").asInt()).as(path).isZero();
            assertThat(figures.get("reserved").asInt()).as(path).isZero();
            assertThat(figures.get("paidAmount").decimalValue()).as(path).isZero();
            assertThat(figures.get("cities")).as(path).isEmpty();
            assertThat(figures.get("asOfEvent").isNull()).as(path).isTrue();
        }
    }
}
