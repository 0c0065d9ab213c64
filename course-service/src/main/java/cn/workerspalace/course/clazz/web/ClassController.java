package cn.workerspalace.course.clazz.web;

import cn.workerspalace.contracts.course.Lesson;
import cn.workerspalace.course.clazz.api.CancelClassCommand;
import cn.workerspalace.course.clazz.api.ChangeClassCapacityCommand;
import cn.workerspalace.course.clazz.api.CompleteClassCommand;
import cn.workerspalace.course.clazz.api.OpenClassCommand;
import cn.workerspalace.course.clazz.query.ClassProjection;
import cn.workerspalace.course.clazz.query.ClassView;
import cn.workerspalace.course.shared.web.Ids;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/classes")
@Tag(name = "Classes", description = "Classes (班次) of a course: seats, enrolment window and lessons; change "
        + "capacity, cancel or complete an open class")
class ClassController {

    private final CommandGateway commands;
    private final ClassProjection classes;

    ClassController(CommandGateway commands, ClassProjection classes) {
        this.commands = commands;
        this.classes = classes;
    }

    @PostMapping
    @Operation(summary = "Open a class of a course", description = "The class takes its palace from the course and "
            + "belongs to the year (Asia/Shanghai) of its first lesson; lessons are kept in chronological order.")
    ResponseEntity<ClassView> open(@Valid @RequestBody OpenClassRequest request) {
        String classId = Ids.orNew(request.id());
        commands.sendAndWait(new OpenClassCommand(classId, request.courseId(), request.title(), request.capacity(),
                request.enrolmentOpensAt(), request.enrolmentClosesAt(),
                request.lessons().stream().map(lesson -> new Lesson(lesson.startsAt(), lesson.endsAt())).toList()));
        return ResponseEntity.created(URI.create("/api/classes/" + classId)).body(find(classId));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show a class with its status, capacity and lessons")
    ClassView byId(@PathVariable String id) {
        return find(id);
    }

    @PostMapping("/{id}/capacity")
    @Operation(summary = "Set the seats of an open class", description = "Setting the current capacity again "
            + "changes nothing.")
    ClassView changeCapacity(@PathVariable String id, @Valid @RequestBody ChangeCapacityRequest request) {
        requireExists(id);
        commands.sendAndWait(new ChangeClassCapacityCommand(id, request.capacity()));
        return find(id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel an open class", description = "Every sign-up of the class ends.")
    ClassView cancel(@PathVariable String id, @Valid @RequestBody CancelClassRequest request) {
        requireExists(id);
        commands.sendAndWait(new CancelClassCommand(id, request.reason()));
        return find(id);
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete an open class", description = "Its confirmed trainees complete it.")
    ClassView complete(@PathVariable String id) {
        requireExists(id);
        commands.sendAndWait(new CompleteClassCommand(id));
        return find(id);
    }

    /** Ids are shared by all aggregates in the event store; only a known class may be addressed as one. */
    private void requireExists(String id) {
        if (!classes.exists(id)) {
            throw new ResourceNotFoundException("class", id);
        }
    }

    private ClassView find(String id) {
        return classes.byId(id).orElseThrow(() -> new ResourceNotFoundException("class", id));
    }
}
