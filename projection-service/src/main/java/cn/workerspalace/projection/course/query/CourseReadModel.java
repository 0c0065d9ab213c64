package cn.workerspalace.projection.course.query;

import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.CourseCreatedEvent;
import cn.workerspalace.projection.ingest.EventHandlers;
import cn.workerspalace.projection.ingest.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tables {@code course} and {@code clazz}. A class's events share its key, so they arrive in order. */
@Component
class CourseReadModel implements ReadModel {

    private final JdbcClient jdbc;

    CourseReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void subscribe(EventHandlers handlers) {
        handlers.on(CourseCreatedEvent.class, this::on)
                .on(ClassOpenedEvent.class, this::on)
                .on(ClassCapacityChangedEvent.class, this::on)
                .on(ClassCancelledEvent.class, event -> status(event.classId(), "CANCELLED"))
                .on(ClassCompletedEvent.class, event -> status(event.classId(), "COMPLETED"));
    }

    void on(CourseCreatedEvent event) {
        jdbc.sql("""
                        insert into course (course_id, palace_id, category, title) values (?, ?, ?, ?)
                        on conflict (course_id) do update set palace_id = excluded.palace_id,
                            category = excluded.category, title = excluded.title
                        """)
                .params(event.courseId(), event.palaceId(), event.category(), event.title())
                .update();
    }

    void on(ClassOpenedEvent event) {
        int lessons = event.lessons() == null ? 0 : event.lessons().size();
        jdbc.sql("""
                        insert into clazz (class_id, course_id, palace_id, title, year, capacity, lessons, status)
                        values (?, ?, ?, ?, ?, ?, ?, 'OPEN')
                        on conflict (class_id) do nothing
                        """)
                .params(event.classId(), event.courseId(), event.palaceId(), event.title(), event.year(),
                        event.capacity(), lessons)
                .update();
    }

    void on(ClassCapacityChangedEvent event) {
        jdbc.sql("update clazz set capacity = ? where class_id = ?")
                .params(event.capacity(), event.classId())
                .update();
    }

    private void status(String classId, String status) {
        jdbc.sql("update clazz set status = ? where class_id = ?")
                .params(status, classId)
                .update();
    }
}
