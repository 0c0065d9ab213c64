package cn.workerspalace.localstack.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.localstack.demo.DemoData;
import cn.workerspalace.localstack.demo.DemoSize;
import cn.workerspalace.localstack.demo.DemoSummary;
import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.testkit.RunningStack;
import cn.workerspalace.localstack.token.DevIssuer;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.testkit.Figures;
import cn.workerspalace.localstack.testkit.Http;
import cn.workerspalace.localstack.testkit.Province;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo data loader works against the real services, and what it loads reaches the operations centre. */
@Order(3)
@ExtendWith(RunningStack.class)
class DemoDataIT {

    private static final Http HTTP = new Http();
    private static URI course;
    private static URI enrollment;
    private static URI projection;

    @BeforeAll
    static void services(Stack stack) {
        course = stack.url(Service.COURSE);
        enrollment = stack.url(Service.ENROLLMENT);
        projection = stack.url(Service.PROJECTION);
    }

    @Test
    void demo_data_loads_without_a_refusal_and_shows_in_the_province_figures() {
        // a province and a city palace registered under other identifiers than the loader's: it builds on them
        Province.registerPalaces(HTTP, course);
        int thisYear = LocalDate.now(Province.SHANGHAI).getYear();
        Map<Integer, Figures> before = new HashMap<>();
        for (int year = thisYear - 1; year <= thisYear + 1; year++) {
            before.put(year, provinceTotal(year));
        }

        DemoSummary summary = DemoData.load(course, enrollment, DemoSize.SMALL,
                DevIssuer.ofProject().opsCentre(), System.out::println);

        assertThat(summary.errors()).isEmpty();
        assertThat(summary.palaces()).as("palaces new to the stack").isEqualTo(1 + 16 + 136 - 2);
        assertThat(summary.classes()).isPositive();
        assertThat(summary.workers()).isEqualTo(DemoSize.SMALL.workers());
        assertThat(summary.waitlisted()).as("over-subscribed classes have waitlists").isPositive();
        assertThat(summary.attendances()).isPositive();
        assertThat(summary.classesCompleted()).isPositive();
        assertThat(summary.classesCancelled()).isPositive();
        assertThat(before.keySet()).containsAll(summary.byYear().keySet());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                summary.byYear().forEach((year, loaded) -> {
                    Figures now = provinceTotal(year);
                    Figures earlier = before.get(year);
                    assertThat(now.classesOpened()).as("classes opened in %d", year)
                            .isEqualTo(earlier.classesOpened() + loaded.classesOpened());
                    assertThat(now.classesCompleted()).as("classes completed in %d", year)
                            .isEqualTo(earlier.classesCompleted() + loaded.classesCompleted());
                    assertThat(now.classesCancelled()).as("classes cancelled in %d", year)
                            .isEqualTo(earlier.classesCancelled() + loaded.classesCancelled());
                    assertThat(now.attendances()).as("attendances in %d", year)
                            .isEqualTo(earlier.attendances() + loaded.attendances());
                    assertThat(now.confirmed()).as("confirmed seats in %d", year).isPositive();
                }));
        Http.Answer trainees = HTTP.get(projection, "/api/stats/trainees?year=" + thisYear);
        assertThat(trainees.status()).as("%s", trainees).isEqualTo(200);
        assertThat(trainees.body().path("province").path("distinctTrainees").asLong()).isPositive();
    }

    /** The figures of every palace of the province added up. */
    private static Figures provinceTotal(int year) {
        Http.Answer answer = HTTP.get(projection, "/api/stats/palaces?year=" + year);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        Figures total = Figures.NONE;
        for (var palace : answer.body()) {
            total = total.plus(Figures.of(palace));
        }
        return total;
    }
}
