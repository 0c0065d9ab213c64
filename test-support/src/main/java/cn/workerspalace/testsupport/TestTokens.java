package cn.workerspalace.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Signed JWTs for tests, as the identity provider would issue them: one RSA key pair per test JVM, its public key in
 * a temporary PEM file that the services under test trust ({@link #register}, or automatically through
 * {@link TestTokenDefaults} in every Spring Boot test with this module on the class path).
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test.workerspalace.cn";
    public static final String PUBLIC_KEY_PROPERTY = "spring.security.oauth2.resourceserver.jwt.public-key-location";
    public static final String ISSUER_PROPERTY = "palace.security.issuer";

    private static final RSAKey KEY = newKey();
    private static final RSAKey OTHER_KEY = newKey();
    private static final Path PUBLIC_KEY_FILE = writePublicKey();

    private TestTokens() {
    }

    /** Lets the service under test trust these tokens. */
    public static void register(DynamicPropertyRegistry registry) {
        properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    public static Map<String, String> properties() {
        return Map.of(PUBLIC_KEY_PROPERTY, PUBLIC_KEY_FILE.toUri().toString(), ISSUER_PROPERTY, ISSUER);
    }

    public static String opsCentre() {
        return sign(KEY, claims("ops-centre", List.of("OPS_CENTER"), null, null, ISSUER, Duration.ofHours(1)));
    }

    public static String coordinator(String palaceId) {
        return sign(KEY, claims("coordinator@" + palaceId, List.of("COORDINATOR"), palaceId, null, ISSUER,
                Duration.ofHours(1)));
    }

    public static String servicePoint(String palaceId) {
        return sign(KEY, claims("service-point@" + palaceId, List.of("SERVICE_POINT"), palaceId, null, ISSUER,
                Duration.ofHours(1)));
    }

    public static String worker(String workerId) {
        return sign(KEY, claims("worker:" + workerId, List.of("WORKER"), null, workerId, ISSUER,
                Duration.ofHours(1)));
    }

    /** An OPS_CENTER token that expired ten minutes ago (beyond the 60 s clock skew a resource server allows). */
    public static String expired() {
        return sign(KEY, claims("ops-centre", List.of("OPS_CENTER"), null, null, ISSUER, Duration.ofMinutes(-10)));
    }

    /** An OPS_CENTER token, correctly signed, but naming another issuer. */
    public static String wrongIssuer() {
        return sign(KEY, claims("ops-centre", List.of("OPS_CENTER"), null, null, "https://elsewhere.example",
                Duration.ofHours(1)));
    }

    /** An OPS_CENTER token of the right issuer signed by a key the services do not trust. */
    public static String foreignKey() {
        return sign(OTHER_KEY, claims("ops-centre", List.of("OPS_CENTER"), null, null, ISSUER, Duration.ofHours(1)));
    }

    private static JWTClaimsSet claims(String subject, List<String> roles, String palaceId, String workerId,
                                       String issuer, Duration validFor) {
        Instant now = Instant.now();
        Instant expiry = now.plus(validFor);
        Instant issued = validFor.isNegative() ? expiry.minus(Duration.ofHours(1)) : now;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .subject(subject)
                .issuer(issuer)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expiry))
                .claim("roles", roles);
        if (palaceId != null) {
            claims.claim("palaceId", palaceId);
        }
        if (workerId != null) {
            claims.claim("workerId", workerId);
        }
        return claims.build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("palace-test-issuer-", ".pub.pem");
            file.toFile().deleteOnExit();
            String body = Base64.getMimeEncoder(64, "\n".getBytes())
                    .encodeToString(KEY.toRSAPublicKey().getEncoded());
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
