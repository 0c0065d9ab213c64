package cn.workerspalace.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code palace.security.*}.
 *
 * @param issuer the {@code iss} every token must carry (the identity provider's issuer; the dev issuer locally)
 * @param cors   origins whose browser pages may call this service; none by default
 */
@ConfigurationProperties("palace.security")
public record SecurityProperties(String issuer, Cors cors) {

    public SecurityProperties {
        cors = cors == null ? new Cors(List.of()) : cors;
    }

    public record Cors(List<String> allowedOrigins) {

        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }
}
