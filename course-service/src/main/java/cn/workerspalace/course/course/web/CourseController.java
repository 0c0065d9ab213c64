package cn.workerspalace.course.course.web;

import cn.workerspalace.course.access.AccessRules;
import cn.workerspalace.course.course.api.CreateCourseCommand;
import cn.workerspalace.course.course.query.CourseProjection;
import cn.workerspalace.course.course.query.CourseView;
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
@RequestMapping("/api/courses")
@Tag(name = "Courses", description = "Courses (培训项目) a palace runs, each in a category")
class CourseController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CommandGateway commands;
    private final CourseProjection courses;
    private final AccessRules access;

    CourseController(CommandGateway commands, CourseProjection courses, AccessRules access) {
        this.commands = commands;
        this.courses = courses;
        this.access = access;
    }

    @PostMapping
    @Operation(operationId = "createCourse", summary = "Create a course of a palace")
    @ApiResponse(responseCode = "201", description = "The course; Location names it",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = CourseView.class),
                    examples = @ExampleObject(value = CourseExamples.COURSE)))
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = CourseExamples.INVALID)))
    @ApiResponse(responseCode = "404", description = "No palace palaceId",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = CourseExamples.UNKNOWN_PALACE)))
    @ApiResponse(responseCode = "409", description = "already-exists: the id is taken",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = CourseExamples.TAKEN)))
    ResponseEntity<CourseView> create(@Valid @RequestBody CreateCourseRequest request) {
        access.runPalace(request.palaceId());
        String courseId = Ids.orNew(request.id());
        commands.sendAndWait(new CreateCourseCommand(courseId, request.palaceId(), request.category(),
                request.title()));
        return ResponseEntity.created(URI.create("/api/courses/" + courseId)).body(find(courseId));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCourse", summary = "Show a course")
    @ApiResponse(responseCode = "200", description = "The course",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = CourseView.class),
                    examples = @ExampleObject(value = CourseExamples.COURSE)))
    @ApiResponse(responseCode = "404", description = "No such course",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = CourseExamples.UNKNOWN_COURSE)))
    CourseView byId(@PathVariable String id) {
        return find(id);
    }

    private CourseView find(String id) {
        return courses.byId(id).orElseThrow(() -> new ResourceNotFoundException("course", id));
    }
}
