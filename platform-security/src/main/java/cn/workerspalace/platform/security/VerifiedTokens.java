package cn.workerspalace.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens it has verified, so that a client sending the same token with every request pays for the
 * signature check (RSA, most of the security filter's CPU) once rather than per request. A token is only taken from
 * here when it is byte for byte one that passed every check, and only until it expires or for at most
 * {@code maxAge}, whichever comes first: a key withdrawn by the identity provider stops being honoured within that
 * time. Refused tokens are not remembered.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, int maxEntries, Duration maxAge, Clock clock, Ticker ticker) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .ticker(ticker)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> remainingLife(jwt, maxAge)))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        // an entry is gone once its token expires (remainingLife), so whatever is found here is still valid
        return verified.get(token, verifier::decode);
    }

    private Duration remainingLife(Jwt jwt, Duration maxAge) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return maxAge;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : (left.compareTo(maxAge) < 0 ? left : maxAge);
    }
}
