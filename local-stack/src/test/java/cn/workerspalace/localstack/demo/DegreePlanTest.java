package cn.workerspalace.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DegreePlanTest {

    private final DemoPlan small = DemoPlan.of(DemoSize.SMALL, Instant.parse("2026-05-20T02:00:00Z"));
    private final DegreePlan degree = DegreePlan.of(small, 2026);

    @Test
    void every_city_gets_an_allocation_and_together_they_stay_within_the_year() {
        assertThat(degree.allocations).hasSize(16);
        assertThat(degree.allocations.values().stream().mapToInt(Integer::intValue).sum())
                .isLessThanOrEqualTo(DegreePlan.PLACES);
        assertThat(degree.allocations).containsEntry(DegreePlan.SHORT_CITY, DegreePlan.SHORT_CITY_PLACES);
    }

    @Test
    void applications_are_taken_to_every_state_by_front_line_workers() {
        assertThat(degree.applications).extracting(DegreePlan.Application::fate)
                .containsAll(Set.of(DegreePlan.Fate.values()));
        Map<String, DemoPlan.Worker> workers = small.workers.stream()
                .collect(Collectors.toMap(DemoPlan.Worker::id, worker -> worker));
        assertThat(degree.applications).allSatisfy(application ->
                assertThat(workers.get(application.workerId()).frontLine()).isTrue());
        assertThat(degree.applications).extracting(DegreePlan.Application::workerId).doesNotHaveDuplicates();
    }

    @Test
    void the_short_city_has_more_applicants_than_places_so_a_queue_forms() {
        Map<String, String> cityOfPalace = small.palaces.stream()
                .collect(Collectors.toMap(DemoPlan.Palace::id, DemoPlan.Palace::cityCode));
        Map<String, String> cityOfWorker = small.workers.stream()
                .collect(Collectors.toMap(DemoPlan.Worker::id, worker -> cityOfPalace.get(worker.palaceId())));
        long approvedInShortCity = degree.applications.stream()
                .filter(application -> DegreePlan.SHORT_CITY.equals(cityOfWorker.get(application.workerId())))
                .filter(application -> application.fate() != DegreePlan.Fate.SUBMITTED
                        && application.fate() != DegreePlan.Fate.REJECTED)
                .count();
        assertThat(approvedInShortCity).isGreaterThan(DegreePlan.SHORT_CITY_PLACES);
    }
}
