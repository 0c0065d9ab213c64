package cn.workerspalace.localstack.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevIssuerTest {

    @TempDir
    Path data;

    @Test
    void the_key_pair_is_made_once_with_the_private_key_readable_by_its_owner_only() throws Exception {
        DevIssuer first = DevIssuer.in(data);
        String publicKey = Files.readString(first.publicKeyFile());

        DevIssuer again = DevIssuer.in(data);

        assertThat(Files.readString(again.publicKeyFile())).isEqualTo(publicKey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("dev-issuer/private-key.pem")))).isEqualTo("rw-------");
    }

    @Test
    void a_token_is_signed_by_the_key_the_services_trust_and_carries_the_role_and_its_scope() throws Exception {
        DevIssuer issuer = DevIssuer.in(data);

        SignedJWT token = SignedJWT.parse(issuer.token("COORDINATOR", "palace-jinan", null, Duration.ofMinutes(30)));

        assertThat(token.verify(new RSASSAVerifier(publicKey(issuer.publicKeyFile())))).isTrue();
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(DevIssuer.ISSUER);
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("COORDINATOR");
        assertThat(token.getJWTClaimsSet().getStringClaim("palaceId")).isEqualTo("palace-jinan");
        assertThat(token.getJWTClaimsSet().getExpirationTime().toInstant())
                .isBetween(Instant.now().plusSeconds(29 * 60), Instant.now().plusSeconds(31 * 60));
    }

    private static RSAPublicKey publicKey(Path pem) throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(Files.readString(pem).replaceAll("-----[A-Z ]+-----", ""));
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
