package cn.workerspalace.course.access;

import static cn.workerspalace.platform.security.Access.require;

import cn.workerspalace.course.clazz.query.ClassProjection;
import cn.workerspalace.course.clazz.query.ClassView;
import cn.workerspalace.course.course.query.CourseProjection;
import cn.workerspalace.course.course.query.CourseView;
import cn.workerspalace.platform.security.Actor;
import cn.workerspalace.platform.security.Role;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Checked by the controllers before a command is sent, so a refusal (403) writes nothing. The role is checked
 * before the resource is looked up: who may not act at all learns nothing about which ids exist.
 */
@Component
public class AccessRules {

    private final CourseProjection courses;
    private final ClassProjection classes;

    AccessRules(CourseProjection courses, ClassProjection classes) {
        this.courses = courses;
        this.classes = classes;
    }

    public void registerPalace() {
        require(Actor.current().isOpsCentre(), "register palaces");
    }

    /** Service points and courses of a palace. */
    public void runPalace(String palaceId) {
        requireCoordinator();
        requireCoordinatorOf(palaceId);
    }

    /** Open a class of a course. */
    public void runCourse(String courseId) {
        requireCoordinator();
        CourseView course = courses.byId(courseId)
                .orElseThrow(() -> new ResourceNotFoundException("course", courseId));
        requireCoordinatorOf(course.palaceId());
    }

    /** Change the capacity of, cancel or complete a class. */
    public void runClass(String classId) {
        requireCoordinator();
        ClassView clazz = classes.byId(classId).orElseThrow(() -> new ResourceNotFoundException("class", classId));
        requireCoordinatorOf(clazz.palaceId());
    }

    private static void requireCoordinator() {
        Actor actor = Actor.current();
        require(actor.isOpsCentre() || actor.has(Role.COORDINATOR), "run courses and classes");
    }

    private static void requireCoordinatorOf(String palaceId) {
        Actor actor = Actor.current();
        require(actor.isOpsCentre() || actor.isStaffOf(Role.COORDINATOR, palaceId),
                "run courses and classes of palace " + palaceId);
    }
}
