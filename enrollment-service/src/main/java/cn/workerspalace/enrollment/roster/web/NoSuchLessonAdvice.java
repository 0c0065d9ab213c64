package cn.workerspalace.enrollment.roster.web;

import cn.workerspalace.enrollment.roster.api.NoSuchLessonException;
import cn.workerspalace.platform.web.ProblemDetailsAdvice;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Only the roster knows how many lessons a class has, so a bad {@code lessonIndex} is found there: still a 400. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NoSuchLessonAdvice {

    @ExceptionHandler(NoSuchLessonException.class)
    ProblemDetail noSuchLesson(NoSuchLessonException e) {
        String message = "must name a lesson of the class, 0 to " + (e.lessons() - 1);
        ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.BAD_REQUEST, "invalid-request",
                "Invalid request", "lessonIndex: " + message);
        problem.setProperty("errors", List.of(Map.of("field", "lessonIndex", "message", message)));
        return problem;
    }
}
