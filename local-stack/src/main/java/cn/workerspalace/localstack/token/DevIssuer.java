package cn.workerspalace.localstack.token;

import cn.workerspalace.localstack.stack.ProjectRoot;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Issues the local run's tokens, as an identity provider would in production: RS256 JWTs with {@code iss} =
 * {@link #ISSUER}, {@code sub}, {@code roles} and the role's {@code palaceId} or {@code workerId}. The key pair is
 * made on first use and kept in {@code <data directory>/dev-issuer} (the private key readable by its owner only),
 * so tokens stay valid across restarts of the stack.
 */
public final class DevIssuer {

    public static final String ISSUER = "http://localhost/palace-dev-issuer";
    public static final Duration DEFAULT_TTL = Duration.ofHours(8);

    private final PrivateKey privateKey;
    private final Path publicKeyFile;

    private DevIssuer(PrivateKey privateKey, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.publicKeyFile = publicKeyFile;
    }

    /** The issuer whose keys live under this data directory, made there now if missing. */
    public static synchronized DevIssuer in(Path dataDirectory) {
        Path directory = dataDirectory.resolve("dev-issuer");
        Path privateFile = directory.resolve("private-key.pem");
        Path publicFile = directory.resolve("public-key.pem");
        try {
            if (!Files.isRegularFile(privateFile) || !Files.isRegularFile(publicFile)) {
                create(directory, privateFile, publicFile);
            }
            byte[] encoded = decodePem(Files.readString(privateFile));
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
            return new DevIssuer(key, publicFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the dev issuer's keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the dev issuer's key in " + privateFile + " is not an RSA key", e);
        }
    }

    /** The issuer of a stack run from this project with its default data directory (tests, benchmark). */
    public static DevIssuer ofProject() {
        return in(ProjectRoot.detect().resolve(".local-data"));
    }

    /** The PEM file the services read their trusted public key from. */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** An OPS_CENTER token for the next {@link #DEFAULT_TTL}: what demo data and the system tests use. */
    public String opsCentre() {
        return token("OPS_CENTER", null, null, DEFAULT_TTL);
    }

    /** A signed token for the role; {@code palaceId} for SERVICE_POINT and COORDINATOR, {@code workerId} for WORKER. */
    public String token(String role, String palaceId, String workerId, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject(role, palaceId, workerId))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim("roles", List.of(role));
        if (palaceId != null) {
            claims.claim("palaceId", palaceId);
        }
        if (workerId != null) {
            claims.claim("workerId", workerId);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(privateKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String subject(String role, String palaceId, String workerId) {
        return switch (role) {
            case "WORKER" -> "worker:" + workerId;
            case "OPS_CENTER" -> "dev:ops-centre";
            default -> "dev:" + role.toLowerCase().replace('_', '-') + "@" + palaceId;
        };
    }

    private static void create(Path directory, Path privateFile, Path publicFile)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.deleteIfExists(privateFile);
        try {
            Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(privateFile);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] decodePem(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
