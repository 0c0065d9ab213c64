package cn.workerspalace.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own URL rules, applied after the shared public paths and before "everything else needs a token".
 * Write services check their rules in the controllers, where the palace of a class or worker is known; the
 * read-only projection-service states its rules by path.
 */
@FunctionalInterface
public interface RequestRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
