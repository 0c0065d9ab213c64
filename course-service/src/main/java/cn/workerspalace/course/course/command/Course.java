package cn.workerspalace.course.course.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.workerspalace.contracts.course.CourseCreatedEvent;
import cn.workerspalace.course.course.api.CourseAlreadyExistsException;
import cn.workerspalace.course.course.api.CourseDirectory;
import cn.workerspalace.course.course.api.CreateCourseCommand;
import cn.workerspalace.course.palace.api.PalaceDirectory;
import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A course (培训项目) of one palace, in a category; its classes are aggregates of their own. */
@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class Course {

    @AggregateIdentifier
    private String courseId;

    Course() {
        // for Axon to rebuild the course from its events
    }

    @CommandHandler
    Course(CreateCourseCommand command, PalaceDirectory palaces, CourseDirectory courses) {
        if (palaces.find(command.palaceId()).isEmpty()) {
            throw new ResourceNotFoundException("palace", command.palaceId());
        }
        if (courses.palaceOf(command.courseId()).isPresent()) {
            throw new CourseAlreadyExistsException(command.courseId());
        }
        apply(new CourseCreatedEvent(command.courseId(), command.palaceId(), command.category(), command.title()));
    }

    @EventSourcingHandler
    void on(CourseCreatedEvent event) {
        courseId = event.courseId();
    }
}
