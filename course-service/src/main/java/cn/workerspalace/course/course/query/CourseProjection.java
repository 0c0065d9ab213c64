package cn.workerspalace.course.course.query;

import cn.workerspalace.contracts.course.CourseCreatedEvent;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The courses as the API shows them, kept by a subscribing handler in the event's transaction. */
@Component
@ProcessingGroup("course-view")
public class CourseProjection {

    private final JdbcClient jdbc;

    CourseProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CourseCreatedEvent event) {
        jdbc.sql("INSERT INTO course_view (course_id, palace_id, category, title) VALUES (?, ?, ?, ?)")
                .params(event.courseId(), event.palaceId(), event.category(), event.title())
                .update();
    }

    public Optional<CourseView> byId(String courseId) {
        return jdbc.sql("SELECT course_id, palace_id, category, title FROM course_view WHERE course_id = ?")
                .param(courseId)
                .query((row, index) -> new CourseView(row.getString("course_id"), row.getString("palace_id"),
                        row.getString("category"), row.getString("title")))
                .optional();
    }
}
