package cn.workerspalace.course.clazz.query;

import cn.workerspalace.contracts.course.ClassCancelledEvent;
import cn.workerspalace.contracts.course.ClassCapacityChangedEvent;
import cn.workerspalace.contracts.course.ClassCompletedEvent;
import cn.workerspalace.contracts.course.ClassOpenedEvent;
import cn.workerspalace.contracts.course.Lesson;
import cn.workerspalace.course.clazz.api.ClassStatus;
import cn.workerspalace.course.clazz.query.ClassView.LessonView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The classes as the API shows them, kept by a subscribing handler in the event's transaction. */
@Component
@ProcessingGroup("class-view")
public class ClassProjection {

    private final JdbcClient jdbc;

    ClassProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClassOpenedEvent event) {
        jdbc.sql("""
                        INSERT INTO class_view (class_id, course_id, palace_id, title, capacity, status,
                                                enrolment_opens_at, enrolment_closes_at, year)
                        VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
                .params(event.classId(), event.courseId(), event.palaceId(), event.title(), event.capacity(),
                        utc(event.enrolmentOpensAt()), utc(event.enrolmentClosesAt()), event.year())
                .update();
        List<Lesson> lessons = event.lessons();
        for (int index = 0; index < lessons.size(); index++) {
            jdbc.sql("INSERT INTO class_lesson_view (class_id, lesson_index, starts_at, ends_at) VALUES (?, ?, ?, ?)")
                    .params(event.classId(), index, utc(lessons.get(index).startsAt()),
                            utc(lessons.get(index).endsAt()))
                    .update();
        }
    }

    @EventHandler
    void on(ClassCapacityChangedEvent event) {
        jdbc.sql("UPDATE class_view SET capacity = ? WHERE class_id = ?")
                .params(event.capacity(), event.classId())
                .update();
    }

    @EventHandler
    void on(ClassCancelledEvent event) {
        jdbc.sql("UPDATE class_view SET status = 'CANCELLED', cancellation_reason = ? WHERE class_id = ?")
                .params(event.reason(), event.classId())
                .update();
    }

    @EventHandler
    void on(ClassCompletedEvent event) {
        jdbc.sql("UPDATE class_view SET status = 'COMPLETED' WHERE class_id = ?")
                .param(event.classId())
                .update();
    }

    public Optional<ClassView> byId(String classId) {
        List<LessonView> lessons = jdbc.sql("""
                        SELECT lesson_index, starts_at, ends_at FROM class_lesson_view
                        WHERE class_id = ? ORDER BY lesson_index""")
                .param(classId)
                .query((row, index) -> new LessonView(row.getInt("lesson_index"), instant(row, "starts_at"),
                        instant(row, "ends_at")))
                .list();
        return jdbc.sql("""
                        SELECT class_id, course_id, palace_id, title, capacity, status, enrolment_opens_at,
                               enrolment_closes_at, year, cancellation_reason
                        FROM class_view WHERE class_id = ?""")
                .param(classId)
                .query((row, index) -> new ClassView(row.getString("class_id"), row.getString("course_id"),
                        row.getString("palace_id"), row.getString("title"), row.getInt("capacity"),
                        ClassStatus.valueOf(row.getString("status")), instant(row, "enrolment_opens_at"),
                        instant(row, "enrolment_closes_at"), lessons, row.getInt("year"),
                        row.getString("cancellation_reason")))
                .optional();
    }

    public boolean exists(String classId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM class_view WHERE class_id = ?)")
                .param(classId)
                .query(Boolean.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
