package cn.workerspalace.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses a client's request to a limited endpoint with 429 and {@code Retry-After} once it has used its allowance
 * (token buckets, Bucket4j), before the handler runs, so a refused request writes nothing. A handler interceptor
 * rather than a filter: by then Spring Security has put the authenticated principal on the request.
 */
class RateLimitInterceptor implements HandlerInterceptor {

    private final List<LimitedEndpoint> endpoints;
    private final ObjectMapper json;

    RateLimitInterceptor(RateLimitProperties properties, ObjectMapper json) {
        this.endpoints = properties.rules().stream()
                .map(rule -> new LimitedEndpoint(rule, PathPatternParser.defaultInstance.parse(rule.path()),
                        Caffeine.newBuilder()
                                .maximumSize(properties.clients())
                                .expireAfterAccess(rule.per().toNanos(), TimeUnit.NANOSECONDS)
                                .build()))
                .toList();
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(
                request.getContextPath().length()));
        for (LimitedEndpoint endpoint : endpoints) {
            if (endpoint.rule().method().equalsIgnoreCase(request.getMethod()) && endpoint.pattern().matches(path)) {
                ConsumptionProbe probe = endpoint.bucketOf(client(request)).tryConsumeAndReturnRemaining(1);
                if (!probe.isConsumed()) {
                    refuse(response, probe.getNanosToWaitForRefill());
                    return false;
                }
            }
        }
        return true;
    }

    private static String client(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal != null ? "principal " + principal.getName() : "address " + request.getRemoteAddr();
    }

    private void refuse(HttpServletResponse response, long nanosToWait) throws IOException {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait + TimeUnit.SECONDS.toNanos(1) - 1));
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        ProblemResponses.write(response, json, ProblemDetailsAdvice.problem(HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited", "Too many requests",
                "this client sent more requests to this endpoint than allowed; retry after " + seconds + " s"));
    }

    private record LimitedEndpoint(RateLimitProperties.Rule rule, PathPattern pattern, Cache<String, Bucket> buckets) {

        Bucket bucketOf(String client) {
            return buckets.get(client, ignored -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(rule.requests()).refillGreedy(rule.requests(), rule.per()))
                    .build());
        }
    }
}
