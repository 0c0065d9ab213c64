package cn.workerspalace.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.util.StringUtils;

/**
 * Spring Security's {@code DefaultBearerTokenResolver} with its default settings, which the services used until now:
 * the token comes from the {@code Authorization} header only, an {@code access_token} parameter is ignored. It gives
 * the same token or the same error for every header, but checks the header without the resolver's regular expression
 * {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$} (case-insensitive), which was 4% of enrollment-service's request
 * threads under load.
 */
final class AuthorizationHeaderTokenResolver implements BearerTokenResolver {

    private static final String SCHEME = "bearer ";

    @Override
    public String resolve(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        // the default resolver's own test of whether the header is meant for it at all
        if (!StringUtils.startsWithIgnoreCase(authorization, "bearer")) {
            return null;
        }
        if (!wellFormed(authorization)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return authorization.substring(SCHEME.length());
    }

    /**
     * The scheme and one space, then at least one token character, then only {@code =} padding. No character outside
     * ASCII equals a letter of the scheme when case is ignored, so {@code regionMatches} decides as the expression's
     * ASCII-only case folding does.
     */
    private static boolean wellFormed(String authorization) {
        int length = authorization.length();
        if (length <= SCHEME.length() || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        int i = SCHEME.length();
        while (i < length && isTokenCharacter(authorization.charAt(i))) {
            i++;
        }
        if (i == SCHEME.length()) {
            return false;
        }
        while (i < length && authorization.charAt(i) == '=') {
            i++;
        }
        return i == length;
    }

    private static boolean isTokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
