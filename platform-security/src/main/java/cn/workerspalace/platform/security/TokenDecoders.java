package cn.workerspalace.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * The decoder from Spring Boot's usual properties, whichever one is set: {@code jwk-set-uri} or {@code issuer-uri}
 * (production, an identity provider), or {@code public-key-location} (local run and tests, the dev issuer's key).
 * Whatever the key source, every token must carry {@code palace.security.issuer} as {@code iss} and be unexpired.
 */
final class TokenDecoders {

    private TokenDecoders() {
    }

    static JwtDecoder fromProperties(OAuth2ResourceServerProperties.Jwt jwt, String configuredIssuer) {
        String issuer = StringUtils.hasText(configuredIssuer) ? configuredIssuer : jwt.getIssuerUri();
        if (!StringUtils.hasText(issuer)) {
            throw new IllegalStateException("set palace.security.issuer (or spring.security.oauth2.resourceserver"
                    + ".jwt.issuer-uri): tokens from any other issuer are refused");
        }
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(issuer);
        if (StringUtils.hasText(jwt.getJwkSetUri())) {
            return withValidator(NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).build(), validator);
        }
        if (jwt.getPublicKeyLocation() != null) {
            return withValidator(NimbusJwtDecoder.withPublicKey(publicKey(jwt)).build(), validator);
        }
        if (StringUtils.hasText(jwt.getIssuerUri())) {
            // asks the identity provider for its keys on the first token, so a service starts while it is away
            return new SupplierJwtDecoder(() -> withValidator(
                    JwtDecoders.fromIssuerLocation(jwt.getIssuerUri()), validator));
        }
        throw new IllegalStateException("no key to check tokens with: set spring.security.oauth2.resourceserver.jwt"
                + ".issuer-uri or .jwk-set-uri (identity provider) or .public-key-location (dev issuer)");
    }

    private static <D extends JwtDecoder> D withValidator(D decoder, OAuth2TokenValidator<Jwt> validator) {
        if (decoder instanceof NimbusJwtDecoder nimbus) {
            nimbus.setJwtValidator(validator);
            return decoder;
        }
        throw new IllegalStateException("unexpected decoder " + decoder.getClass());
    }

    private static RSAPublicKey publicKey(OAuth2ResourceServerProperties.Jwt jwt) {
        try (InputStream pem = jwt.getPublicKeyLocation().getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT public key " + jwt.getPublicKeyLocation(), e);
        }
    }
}
