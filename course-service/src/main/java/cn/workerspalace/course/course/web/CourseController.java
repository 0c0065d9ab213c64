package cn.workerspalace.course.course.web;

import cn.workerspalace.course.course.api.CreateCourseCommand;
import cn.workerspalace.course.course.query.CourseProjection;
import cn.workerspalace.course.course.query.CourseView;
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
@RequestMapping("/api/courses")
@Tag(name = "Courses", description = "Courses (培训项目) a palace runs, each in a category")
class CourseController {

    private final CommandGateway commands;
    private final CourseProjection courses;

    CourseController(CommandGateway commands, CourseProjection courses) {
        this.commands = commands;
        this.courses = courses;
    }

    @PostMapping
    @Operation(summary = "Create a course of a palace")
    ResponseEntity<CourseView> create(@Valid @RequestBody CreateCourseRequest request) {
        String courseId = Ids.orNew(request.id());
        commands.sendAndWait(new CreateCourseCommand(courseId, request.palaceId(), request.category(),
                request.title()));
        return ResponseEntity.created(URI.create("/api/courses/" + courseId)).body(find(courseId));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show a course")
    CourseView byId(@PathVariable String id) {
        return find(id);
    }

    private CourseView find(String id) {
        return courses.byId(id).orElseThrow(() -> new ResourceNotFoundException("course", id));
    }
}
