package cn.workerspalace.platform.web;

import cn.workerspalace.platform.web.IdempotentRequests.Stored;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST that carries an {@code Idempotency-Key} the service has already answered successfully gets that answer
 * again and changes nothing (api.md). Only successful answers are remembered: a refused request wrote nothing, so
 * running it again is harmless and may succeed once the client has fixed the cause. The same key on a different
 * request is refused (422); a repeat while the first is still being handled gets 409. Remembering the answer is a
 * convenience for byte-identical replays; that each command takes effect at most once per key rests on
 * {@link IdempotentCommands}, which records it in the command's own transaction.
 * <p>
 * It runs after Spring Security, so a stored answer is only ever replayed to an authenticated caller, and the caller
 * (the token's subject) is part of the request: another caller's key is a different request.
 */
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 10)
class IdempotencyKeyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyFilter.class);

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotentRequests requests;
    private final ObjectMapper json;

    IdempotencyKeyFilter(IdempotentRequests requests, ObjectMapper json) {
        this.requests = requests;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.BAD_REQUEST, "invalid-request",
                    "Invalid request", "invalid header: " + HEADER);
            problem.setProperty("errors", List.of(Map.of("field", HEADER,
                    "message", "must be 1 to " + MAX_KEY_LENGTH + " characters")));
            ProblemResponses.write(response, json, problem);
            return;
        }
        CachedBodyRequest cached = request instanceof CachedBodyRequest body
                ? body : new CachedBodyRequest(request, request.getInputStream().readAllBytes());
        String fingerprint = fingerprint(cached);
        Optional<Stored> earlier = requests.claim(key, fingerprint);
        if (earlier.isPresent()) {
            answerAgain(earlier.get(), fingerprint, response);
            return;
        }
        cached.setAttribute(IdempotentCommands.KEY_ATTRIBUTE, key);
        cached.setAttribute(IdempotentCommands.FINGERPRINT_ATTRIBUTE, fingerprint);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean remembered = false;
        try {
            chain.doFilter(cached, answer);
            if (HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()) {
                remembered = remember(key, answer);
            }
        } finally {
            if (!remembered) {
                release(key);
            }
            answer.copyBodyToResponse();
        }
    }

    /**
     * The answer is true whether or not it can be recorded: the commands' outcomes were recorded with their events
     * ({@link IdempotentCommands}), so a repeat runs none of them again and is answered from those outcomes.
     */
    private boolean remember(String key, ContentCachingResponseWrapper answer) {
        try {
            requests.remember(key, answer.getStatus(), answer.getContentType(),
                    answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray());
            return true;
        } catch (DataAccessException e) {
            log.warn("the answer to a request with an {} was not recorded; a repeat is answered from the recorded "
                    + "command outcomes", HEADER, e);
            return false;
        }
    }

    /** Without a recorded answer, a repeat need not wait for the claim to expire. */
    private void release(String key) {
        try {
            requests.release(key);
        } catch (DataAccessException e) {
            log.warn("the claim of an {} could not be released; a repeat may take it over after a minute", HEADER, e);
        }
    }

    private void answerAgain(Stored earlier, String fingerprint, HttpServletResponse response) throws IOException {
        if (!earlier.fingerprint().equals(fingerprint)) {
            ProblemResponses.write(response, json, ProblemDetailsAdvice.idempotencyKeyReused());
            return;
        }
        if (earlier.status() == null) {
            ProblemResponses.write(response, json, ProblemDetailsAdvice.problem(HttpStatus.CONFLICT,
                    "request-in-progress", "Request in progress",
                    "a request with this " + HEADER + " is still being handled; retry later"));
            return;
        }
        response.setStatus(earlier.status());
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        if (earlier.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, earlier.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        if (earlier.body() != null) {
            response.getOutputStream().write(earlier.body());
        }
    }

    /** The same key may only repeat the same request: caller, method, path, query and body. */
    private static String fingerprint(CachedBodyRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((caller(request) + "\n" + request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(request.body()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String caller(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
    }
}
