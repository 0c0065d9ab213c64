package cn.workerspalace.platform.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client request limits ({@link RateLimitInterceptor}). A client is the authenticated principal, or the remote
 * address of an anonymous request.
 *
 * @param rules   the limited endpoints; none by default, each service lists its own
 * @param clients clients remembered per rule; the least recently seen are forgotten (their allowance starts afresh)
 */
@ConfigurationProperties("palace.rate-limit")
public record RateLimitProperties(
        @DefaultValue List<Rule> rules,
        @DefaultValue("100000") long clients) {

    /**
     * At most {@code requests} requests per client in any {@code per}, refilled evenly over it; a client may spend
     * the whole allowance in a burst.
     *
     * @param method HTTP method of the limited endpoint
     * @param path   path pattern of the endpoint, as in Spring MVC ({@code /api/classes/{classId}/sign-ups})
     */
    public record Rule(@DefaultValue("POST") String method, String path, long requests, Duration per) {
    }
}
