package cn.workerspalace.projection.course.query;

import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.CourseCreatedEvent;
import cn.workerspalace.projection.ingest.EventHandlers;
import cn.workerspalace.projection.ingest.ReadModel;
import cn.workerspalace.projection.ingest.ReadModelWrites;
import org.springframework.stereotype.Component;

/** Tables {@code course} and {@code clazz}. A class's events share its key, so they arrive in order. */
@Component
class CourseReadModel implements ReadModel {

    private final ReadModelWrites writes;

    CourseReadModel(ReadModelWrites writes) {
        this.writes = writes;
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
        writes.upsert(event.courseId(), """
                        insert into course (course_id, palace_id, category, title) values (?, ?, ?, ?)
                        on conflict (course_id) do update set palace_id = excluded.palace_id,
                            category = excluded.category, title = excluded.title
                        """,
                event.courseId(), event.palaceId(), event.category(), event.title());
    }

    void on(ClassOpenedEvent event) {
        int lessons = event.lessons() == null ? 0 : event.lessons().size();
        writes.write("""
                        insert into clazz (class_id, course_id, palace_id, title, year, capacity, lessons, status)
                        values (?, ?, ?, ?, ?, ?, ?, 'OPEN')
                        on conflict (class_id) do nothing
                        """,
                event.classId(), event.courseId(), event.palaceId(), event.title(), event.year(),
                        event.capacity(), lessons);
    }

    void on(ClassCapacityChangedEvent event) {
        writes.write("update clazz set capacity = ? where class_id = ?",
                event.capacity(), event.classId());
    }

    private void status(String classId, String status) {
        writes.write("update clazz set status = ? where class_id = ?",
                status, classId);
    }
}
