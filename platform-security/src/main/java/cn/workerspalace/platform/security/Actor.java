package cn.workerspalace.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who sends the current request, as the validated token says: {@code sub}, {@code roles}, and the palace
 * ({@code palaceId}, for SERVICE_POINT and COORDINATOR) or worker ({@code workerId}, for WORKER) it is scoped to.
 */
public record Actor(String subject, Set<Role> roles, String palaceId, String workerId) {

    public static final String ROLES_CLAIM = "roles";
    public static final String PALACE_CLAIM = "palaceId";
    public static final String WORKER_CLAIM = "workerId";

    public Actor {
        Objects.requireNonNull(subject, "subject");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The actor of the request being handled on this thread. */
    public static Actor current() {
        return fromContext().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no bearer token"));
    }

    /** The actor on this thread, if a request with a valid token is being handled here. */
    public static Optional<Actor> fromContext() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()
                ? Optional.of(of(token.getToken())) : Optional.empty();
    }

    public static Actor of(Jwt jwt) {
        return new Actor(jwt.getSubject(), rolesOf(jwt), jwt.getClaimAsString(PALACE_CLAIM),
                jwt.getClaimAsString(WORKER_CLAIM));
    }

    /** Roles the claim names that this system knows; anything else is ignored, never an error. */
    static Set<Role> rolesOf(Jwt jwt) {
        var claim = jwt.getClaimAsStringList(ROLES_CLAIM);
        if (claim == null) {
            return Set.of();
        }
        Set<String> known = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        return claim.stream().filter(known::contains).map(Role::valueOf).collect(Collectors.toSet());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isOpsCentre() {
        return has(Role.OPS_CENTER);
    }

    /** Holds {@code role} for exactly this palace (a SERVICE_POINT or COORDINATOR token's {@code palaceId}). */
    public boolean isStaffOf(Role role, String palace) {
        return has(role) && palaceId != null && palaceId.equals(palace);
    }

    /** Is this worker, signed in as such. */
    public boolean isWorker(String worker) {
        return has(Role.WORKER) && workerId != null && workerId.equals(worker);
    }

    /** The roles as one comma-separated value, in a fixed order (event metadata). */
    public String rolesText() {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
