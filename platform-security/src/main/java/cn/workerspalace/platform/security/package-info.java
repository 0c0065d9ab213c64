/**
 * Who is calling: every service is an OAuth2 resource server that accepts JWTs of one issuer, turns their
 * {@code roles}, {@code palaceId} and {@code workerId} claims into an {@link cn.workerspalace.platform.security.Actor},
 * and answers 401/403 as problem details. Each service states which actor may do what.
 */
package cn.workerspalace.platform.security;
