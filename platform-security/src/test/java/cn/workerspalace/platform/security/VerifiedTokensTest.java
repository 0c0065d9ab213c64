package cn.workerspalace.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final TestTime time = new TestTime(Instant.parse("2026-11-29T08:00:00Z"));
    private final List<String> verifications = new ArrayList<>();

    @Test
    void a_token_that_passed_is_not_verified_again_while_it_is_valid() {
        JwtDecoder decoder = decoder(token -> jwt(token, time.now().plus(Duration.ofHours(1))));

        Jwt first = decoder.decode("token-a");
        time.advance(Duration.ofMinutes(4));
        Jwt again = decoder.decode("token-a");
        decoder.decode("token-b");

        assertThat(again).isSameAs(first);
        assertThat(verifications).containsExactly("token-a", "token-b");
    }

    @Test
    void a_refused_token_is_checked_and_refused_every_time() {
        JwtDecoder decoder = decoder(token -> {
            throw new BadJwtException("bad signature");
        });

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasSize(3);
    }

    @Test
    void a_token_is_verified_again_once_it_has_expired_so_the_verifier_refuses_it() {
        Instant expiry = time.now().plus(Duration.ofMinutes(2));
        JwtDecoder decoder = decoder(token -> {
            if (!time.now().isBefore(expiry)) {
                throw new BadJwtException("expired");
            }
            return jwt(token, expiry);
        });
        decoder.decode("short-lived");

        time.advance(Duration.ofMinutes(2));

        assertThatThrownBy(() -> decoder.decode("short-lived")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasSize(2);
    }

    @Test
    void even_a_long_lived_token_is_verified_again_after_the_maximum_age() {
        JwtDecoder decoder = decoder(token -> jwt(token, time.now().plus(Duration.ofHours(8))));
        decoder.decode("all-day");

        time.advance(MAX_AGE.plusSeconds(1));
        decoder.decode("all-day");

        assertThat(verifications).hasSize(2);
    }

    private JwtDecoder decoder(JwtDecoder verifier) {
        JwtDecoder counting = token -> {
            verifications.add(token);
            return verifier.decode(token);
        };
        return new VerifiedTokens(counting, 100, MAX_AGE, time, time::nanos);
    }

    private Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("subject-of-" + token)
                .issuedAt(time.now()).expiresAt(expiresAt).build();
    }

    /** One time for the clock the expiry is compared with and the ticker the cache ages its entries by. */
    private static final class TestTime extends Clock {

        private Instant now;
        private long nanos;

        TestTime(Instant start) {
            this.now = start;
        }

        Instant now() {
            return now;
        }

        long nanos() {
            return nanos;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
            nanos += duration.toNanos();
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
