package cn.workerspalace.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoPlanTest {

    private static final Instant NOW = Instant.parse("2026-05-20T02:00:00Z");
    private final DemoPlan full = DemoPlan.of(DemoSize.FULL, NOW);

    @Test
    void the_province_its_16_cities_and_136_counties_each_get_a_palace() {
        assertThat(full.palaces).hasSize(1 + 16 + 136);
        assertThat(full.palaces).filteredOn(p -> p.level().equals("PROVINCE")).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("山东省工人文化宫"));
        assertThat(full.palaces).filteredOn(p -> p.level().equals("CITY")).extracting(DemoPlan.Palace::cityCode)
                .doesNotHaveDuplicates().hasSize(16);
    }

    @Test
    void the_same_identifiers_and_people_come_out_on_every_run() {
        DemoPlan again = DemoPlan.of(DemoSize.FULL, NOW.plusSeconds(86_400));

        assertThat(again.workers).isEqualTo(full.workers);
        assertThat(again.classes).extracting(DemoPlan.Clazz::id, DemoPlan.Clazz::signUps)
                .isEqualTo(full.classes.stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.signUps()))
                        .toList());
    }

    @Test
    void every_worker_has_a_valid_unique_national_id_number_and_a_mobile_number() {
        assertThat(full.workers).hasSize(DemoSize.FULL.workers());
        assertThat(full.workers).allSatisfy(w -> {
            assertThat(NationalIds.isValid(w.idNumber())).as(w.idNumber()).isTrue();
            assertThat(w.phone()).matches("1[3-9]\\d{9}");
        });
        assertThat(full.workers).extracting(DemoPlan.Worker::idNumber).doesNotHaveDuplicates();
    }

    @Test
    void courses_span_at_least_thirty_categories_and_classes_seat_twenty_to_sixty() {
        assertThat(full.courses).extracting(DemoPlan.Course::category).containsAll(List.of("书法", "摄影", "焊工"))
                .hasSizeGreaterThanOrEqualTo(30);
        assertThat(full.courses.stream().map(DemoPlan.Course::category).distinct().count())
                .isGreaterThanOrEqualTo(30);
        assertThat(full.classes).hasSizeBetween(250, 450)
                .allSatisfy(c -> assertThat(c.capacity()).isBetween(20, 60));
    }

    @Test
    void some_classes_are_over_subscribed_some_held_already_some_completed_and_some_cancelled() {
        assertThat(full.classes).anySatisfy(c -> assertThat(c.signUps().size()).isGreaterThan(c.capacity()));
        assertThat(full.classes).anySatisfy(c -> assertThat(c.fate()).isEqualTo(DemoPlan.Fate.COMPLETED));
        assertThat(full.classes).anySatisfy(c -> assertThat(c.fate()).isEqualTo(DemoPlan.Fate.CANCELLED));
        assertThat(full.classes).anySatisfy(c -> assertThat(c.cancellations()).isNotEmpty());
        assertThat(full.classes).filteredOn(c -> c.timing() != DemoPlan.Timing.UPCOMING)
                .allSatisfy(c -> assertThat(c.lessons().get(0).startsAt()).isBefore(NOW));
    }

    @Test
    void even_the_small_plan_completes_a_class_and_cancels_one() {
        DemoPlan small = DemoPlan.of(DemoSize.SMALL, NOW);

        assertThat(small.classes).anySatisfy(c -> assertThat(c.fate()).isEqualTo(DemoPlan.Fate.COMPLETED));
        assertThat(small.classes).anySatisfy(c -> assertThat(c.fate()).isEqualTo(DemoPlan.Fate.CANCELLED));
    }

    @Test
    void sign_ups_fall_inside_the_enrolment_window_and_name_each_worker_once_per_class() {
        assertThat(full.classes).allSatisfy(c -> {
            assertThat(c.enrolmentOpensAt()).isBefore(NOW);
            assertThat(c.enrolmentClosesAt()).isAfter(NOW.plusSeconds(3600));
            assertThat(c.signUps()).doesNotHaveDuplicates();
            assertThat(c.signUps()).containsAll(c.cancellations());
        });
    }

    @Test
    void every_reference_points_at_something_planned() {
        Set<String> palaces = new HashSet<>(full.palaces.stream().map(DemoPlan.Palace::id).toList());
        Set<String> courses = new HashSet<>(full.courses.stream().map(DemoPlan.Course::id).toList());
        Set<String> workers = new HashSet<>(full.workers.stream().map(DemoPlan.Worker::id).toList());
        assertThat(Stream.of(full.courses.stream().map(DemoPlan.Course::palaceId),
                full.workers.stream().map(DemoPlan.Worker::palaceId),
                full.palaces.stream().map(DemoPlan.Palace::parentId).filter(p -> p != null)).flatMap(s -> s))
                .allSatisfy(id -> assertThat(palaces).contains(id));
        assertThat(full.classes).allSatisfy(c -> {
            assertThat(courses).contains(c.courseId());
            assertThat(workers).containsAll(c.signUps());
        });
    }
}
