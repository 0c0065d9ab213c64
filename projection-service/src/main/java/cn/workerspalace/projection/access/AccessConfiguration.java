package cn.workerspalace.projection.access;

import cn.workerspalace.platform.security.Actor;
import cn.workerspalace.platform.security.RequestRules;
import cn.workerspalace.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** This read-only service states its rules by path: it sends no commands, so there is nothing else to check. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    /** The server-sent figures stream, which a browser's EventSource opens without headers. */
    static final String STREAM = "/api/stats/stream";

    @Bean
    RequestRules projectionRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/", "/index.html", "/favicon.ico", "/dashboard/**", "/webjars/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/stats/palaces/{palaceId}")
                .access((authentication, context) -> new AuthorizationDecision(
                        authentication.get() instanceof JwtAuthenticationToken token
                                && coordinatorOrOpsCentre(Actor.of(token.getToken()),
                                context.getVariables().get("palaceId"))))
                .requestMatchers("/api/**").hasRole(Role.OPS_CENTER.name());
    }

    /**
     * A bearer token is read from the {@code Authorization} header, and on the figures stream alone also from the
     * {@code access_token} query parameter (RFC 6750 section 2.3): EventSource cannot send headers. Elsewhere a
     * token in a URL, which ends up in logs and browser history, is refused.
     */
    @Bean
    BearerTokenResolver bearerTokenResolver() {
        DefaultBearerTokenResolver headerOnly = new DefaultBearerTokenResolver();
        DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();
        headerOrQuery.setAllowUriQueryParameter(true);
        return (HttpServletRequest request) -> STREAM.equals(request.getRequestURI())
                ? headerOrQuery.resolve(request) : headerOnly.resolve(request);
    }

    private static boolean coordinatorOrOpsCentre(Actor actor, String palaceId) {
        return actor.isOpsCentre() || actor.isStaffOf(Role.COORDINATOR, palaceId);
    }
}
