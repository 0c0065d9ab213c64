package cn.workerspalace.platform.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * The one way a service refuses an actor: before any command is sent, so a refusal writes nothing. Answered 403
 * with problem details.
 */
public final class Access {

    private Access() {
    }

    public static void require(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessDeniedException("not allowed to " + what);
        }
    }
}
