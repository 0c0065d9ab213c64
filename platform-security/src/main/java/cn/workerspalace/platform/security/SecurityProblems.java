package cn.workerspalace.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as RFC 9457 problem details, in the shape of every other refusal (platform's ProblemDetailsAdvice).
 * Spring's bearer-token handlers set the status and the {@code WWW-Authenticate} header (RFC 6750: which token
 * error); this adds the body. The detail never repeats the token or why its signature failed.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String TYPE_BASE = "https://workerspalace.cn/problems/";

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();
    private final ObjectMapper json;

    SecurityProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearerEntryPoint.commence(request, response, e);
        write(response, unauthenticated(request));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        bearerAccessDenied.handle(request, response, e);
        write(response, forbidden(request.getRequestURI()));
    }

    static ProblemDetail forbidden(String path) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "the token's role or palace does not allow this request");
        problem.setInstance(URI.create(path));
        return problem;
    }

    private static ProblemDetail unauthenticated(HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                "a valid bearer token is required (Authorization: Bearer <JWT>); it is missing, expired, "
                        + "from another issuer or not signed by a trusted key");
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
