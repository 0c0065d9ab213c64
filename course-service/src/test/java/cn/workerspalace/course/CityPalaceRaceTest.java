package cn.workerspalace.course;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.course.support.Api;
import cn.workerspalace.course.support.Api.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Set-based uniqueness holds under concurrency: the lookup table's unique index refuses what races the check. */
class CityPalaceRaceTest extends IntegrationTest {

    private static final int RACERS = 20;

    @Test
    void of_twenty_concurrent_city_palaces_for_one_city_code_exactly_one_is_registered() throws Exception {
        String cityCode = newCityCode();
        province();
        Api api = api();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int racer = 0; racer < RACERS; racer++) {
                String json = cityPalaceJson(newId("racer"), cityCode);
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/palaces", json);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }

            assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(1);
            assertThat(responses).filteredOn(response -> response.status() == 409).hasSize(RACERS - 1)
                    .allSatisfy(response -> assertThat(response.problemType()).isEqualTo("city-already-has-palace"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE payloadtype LIKE '%PalaceRegisteredEvent'
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'cityCode' = ?""")
                .param(cityCode).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM palace_view WHERE city_code = ?")
                .param(cityCode).query(Long.class).single()).isEqualTo(1);
    }
}
