package cn.workerspalace.course.course.command;

import cn.workerspalace.contracts.course.CourseCreatedEvent;
import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.course.course.api.CourseAlreadyExistsException;
import cn.workerspalace.course.course.api.CreateCourseCommand;
import cn.workerspalace.course.course.api.InMemoryCourseDirectory;
import cn.workerspalace.course.palace.api.InMemoryPalaceDirectory;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CourseTest {

    private final InMemoryPalaceDirectory palaces = new InMemoryPalaceDirectory().with("jn", PalaceLevel.CITY, "370100");
    private final InMemoryCourseDirectory courses = new InMemoryCourseDirectory();
    private AggregateTestFixture<Course> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Course.class);
        fixture.registerInjectableResource(palaces);
        fixture.registerInjectableResource(courses);
    }

    @Test
    void a_palace_creates_a_course_in_a_category() {
        fixture.givenNoPriorActivity()
                .when(new CreateCourseCommand("c1", "jn", "书法", "硬笔书法入门"))
                .expectEvents(new CourseCreatedEvent("c1", "jn", "书法", "硬笔书法入门"));
    }

    @Test
    void a_course_of_an_unknown_palace_is_refused_as_not_found() {
        fixture.givenNoPriorActivity()
                .when(new CreateCourseCommand("c1", "nowhere", "书法", "硬笔书法入门"))
                .expectException(ResourceNotFoundException.class)
                .expectExceptionMessage("palace nowhere does not exist")
                .expectNoEvents();
    }

    @Test
    void a_course_id_already_created_is_refused() {
        courses.with("c1", "jn");
        fixture.givenNoPriorActivity()
                .when(new CreateCourseCommand("c1", "jn", "摄影", "手机摄影"))
                .expectException(CourseAlreadyExistsException.class)
                .expectNoEvents();
    }
}
