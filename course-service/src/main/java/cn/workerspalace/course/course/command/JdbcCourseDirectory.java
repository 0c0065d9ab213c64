package cn.workerspalace.course.course.command;

import cn.workerspalace.contracts.course.CourseCreatedEvent;
import cn.workerspalace.course.course.api.CourseAlreadyExistsException;
import cn.workerspalace.course.course.api.CourseDirectory;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The course lookup table, written in the transaction that stores each CourseCreatedEvent. */
@Component
@ProcessingGroup("course-directory")
class JdbcCourseDirectory implements CourseDirectory {

    private final JdbcClient jdbc;

    JdbcCourseDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> palaceOf(String courseId) {
        return jdbc.sql("SELECT palace_id FROM course_directory WHERE course_id = ?")
                .param(courseId)
                .query(String.class)
                .optional();
    }

    @EventHandler
    void on(CourseCreatedEvent event) {
        try {
            jdbc.sql("INSERT INTO course_directory (course_id, palace_id) VALUES (?, ?)")
                    .params(event.courseId(), event.palaceId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new CourseAlreadyExistsException(event.courseId());
        }
    }
}
