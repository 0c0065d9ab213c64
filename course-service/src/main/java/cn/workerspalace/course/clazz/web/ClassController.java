package cn.workerspalace.course.clazz.web;

import cn.workerspalace.course.access.AccessRules;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CommandGateway commands;
    private final ClassProjection classes;
    private final AccessRules access;

    ClassController(CommandGateway commands, ClassProjection classes, AccessRules access) {
        this.commands = commands;
        this.classes = classes;
        this.access = access;
    }

    @PostMapping
    @Operation(operationId = "openClass", summary = "Open a class of a course",
            description = "The class takes its palace from the course and belongs to the year (Asia/Shanghai) of "
                    + "its first lesson; lessons are kept in chronological order.")
    @ApiResponse(responseCode = "201",
            description = "The class, OPEN, with palaceId from the course; Location names it",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ClassView.class),
                    examples = @ExampleObject(value = ClassExamples.OPEN_CLASS)))
    @ApiResponse(responseCode = "400",
            description = "A field is missing or invalid, the window closes before it opens, or a lesson ends before "
                    + "it starts",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ClassExamples.INVALID_CLASS)))
    @ApiResponse(responseCode = "404", description = "No course courseId",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ClassExamples.UNKNOWN_COURSE)))
    @ApiResponse(responseCode = "409", description = "already-exists: the id is taken",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ClassExamples.TAKEN)))
    ResponseEntity<ClassView> open(@Valid @RequestBody OpenClassRequest request) {
        access.runCourse(request.courseId());
        String classId = Ids.orNew(request.id());
        commands.sendAndWait(new OpenClassCommand(classId, request.courseId(), request.title(), request.capacity(),
                request.enrolmentOpensAt(), request.enrolmentClosesAt(),
                request.lessons().stream().map(lesson -> new Lesson(lesson.startsAt(), lesson.endsAt())).toList()));
        return ResponseEntity.created(URI.create("/api/classes/" + classId)).body(find(classId));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getClass", summary = "Show a class with its status, capacity and lessons")
    @ApiResponse(responseCode = "200", description = "The class",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ClassView.class),
                    examples = @ExampleObject(value = ClassExamples.OPEN_CLASS)))
    @ApiResponse(responseCode = "404", description = "No such class",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ClassExamples.UNKNOWN_CLASS)))
    ClassView byId(@PathVariable String id) {
        return find(id);
    }

    @PostMapping("/{id}/capacity")
    @Operation(operationId = "changeClassCapacity", summary = "Set the seats of an open class",
            description = "Raising it promotes waitlisted workers in queue order; lowering it never cancels a "
                    + "confirmed seat, it only stops new confirmations until confirmed seats fall below it. Setting "
                    + "the current capacity again changes nothing.")
    @ApiResponse(responseCode = "200", description = "The class with its new capacity",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ClassView.class),
                    examples = @ExampleObject(value = ClassExamples.LARGER_CLASS)))
    @ApiResponse(responseCode = "400", description = "capacity is missing or outside 1 to 10000",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ClassExamples.INVALID_CAPACITY)))
    @ApiResponse(responseCode = "404", description = "No such class",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ClassExamples.UNKNOWN_CLASS)))
    @ApiResponse(responseCode = "409", description = "class-not-open: the class was cancelled or completed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ClassExamples.NOT_OPEN)))
    ClassView changeCapacity(@PathVariable String id, @Valid @RequestBody ChangeCapacityRequest request) {
        access.runClass(id);
        commands.sendAndWait(new ChangeClassCapacityCommand(id, request.capacity()));
        return find(id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(operationId = "cancelClass", summary = "Cancel an open class",
            description = "Every sign-up of the class, confirmed or waitlisted, ends.")
    @ApiResponse(responseCode = "200", description = "The class, CANCELLED, with the reason",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ClassView.class),
                    examples = @ExampleObject(value = ClassExamples.CANCELLED_CLASS)))
    @ApiResponse(responseCode = "400", description = "reason is missing or too long",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ClassExamples.INVALID_REASON)))
    @ApiResponse(responseCode = "404", description = "No such class",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ClassExamples.UNKNOWN_CLASS)))
    @ApiResponse(responseCode = "409", description = "class-not-open: the class was cancelled or completed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ClassExamples.NOT_OPEN)))
    ClassView cancel(@PathVariable String id, @Valid @RequestBody CancelClassRequest request) {
        access.runClass(id);
        commands.sendAndWait(new CancelClassCommand(id, request.reason()));
        return find(id);
    }

    @PostMapping("/{id}/complete")
    @Operation(operationId = "completeClass", summary = "Complete an open class",
            description = "The coordinator may complete an OPEN class at any time; its confirmed trainees complete it "
                    + "and its waitlisted sign-ups end. No body.")
    @ApiResponse(responseCode = "200", description = "The class, COMPLETED",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ClassView.class),
                    examples = @ExampleObject(value = ClassExamples.COMPLETED_CLASS)))
    @ApiResponse(responseCode = "404", description = "No such class",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ClassExamples.UNKNOWN_CLASS)))
    @ApiResponse(responseCode = "409", description = "class-not-open: the class was cancelled or completed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ClassExamples.NOT_OPEN)))
    ClassView complete(@PathVariable String id) {
        access.runClass(id);
        commands.sendAndWait(new CompleteClassCommand(id));
        return find(id);
    }

    private ClassView find(String id) {
        return classes.byId(id).orElseThrow(() -> new ResourceNotFoundException("class", id));
    }
}
