package cn.workerspalace.platform.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Every request needs a valid bearer token except the few paths below. No sessions and no cookies, hence no CSRF
 * protection to need; browsers of other origins get no CORS headers unless {@code palace.security.cors} names
 * them. What a token's role and palace allow is decided by each service (its {@link RequestRules} or its
 * controllers, through {@link Actor} and {@link Access}).
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class,
        org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class},
        beforeName = "org.springframework.boot.actuate.autoconfigure.security.servlet"
                + ".ManagementWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties({SecurityProperties.class, OAuth2ResourceServerProperties.class})
@Import({AccessDeniedAdvice.class, SecurityApiDocumentation.class})
public class SecurityAutoConfiguration {

    /**
     * Open without a token: health and info for load balancers, metrics for Prometheus (both on the management
     * network, which the firewall keeps apart), and the API documentation, which shows no data.
     */
    static final String[] PUBLIC_PATHS = {
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    /** About one per client signed in at once; each is a few kilobytes. */
    private static final int VERIFIED_TOKENS_KEPT = 20_000;
    private static final Duration VERIFIED_TOKEN_MAX_AGE = Duration.ofMinutes(5);

    @Bean
    SecurityFilterChain palaceSecurity(HttpSecurity http, ObjectProvider<RequestRules> serviceRules,
                                       BearerTokenResolver bearerTokens, ObjectMapper json) throws Exception {
        SecurityProblems problems = new SecurityProblems(json);
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .cors(withDefaults())
                .authorizeHttpRequests(rules -> {
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    rules.requestMatchers(HttpMethod.GET, PUBLIC_PATHS).permitAll();
                    serviceRules.orderedStream().forEach(service -> service.apply(rules));
                    rules.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(bearerTokens)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ActorAuthenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, SecurityProperties properties) {
        return new VerifiedTokens(TokenDecoders.fromProperties(resourceServer.getJwt(), properties.issuer()),
                VERIFIED_TOKENS_KEPT, VERIFIED_TOKEN_MAX_AGE, Clock.systemUTC(), Ticker.systemTicker());
    }

    /**
     * The token from the {@code Authorization} header, as Spring's default resolver reads it. A service that also
     * takes it from elsewhere (projection-service's figures stream) declares its own resolver.
     */
    @Bean
    @ConditionalOnMissingBean
    BearerTokenResolver bearerTokenResolver() {
        return new AuthorizationHeaderTokenResolver();
    }

    /**
     * No observation per security filter, per authentication and per authorisation decision: the request's own
     * observation ({@code http.server.requests}) is kept; the wrapping of every filter of the chain was a measurable
     * part of each request's CPU and its spans are not looked at.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall with its default character rules, checked without regular expressions. */
    @Bean
    WebSecurityCustomizer strictFirewallWithoutRegularExpressions() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedValue);
        return web -> web.httpFirewall(firewall);
    }

    /** Only the configured origins; an empty list (the default) allows no cross-origin call at all. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(SecurityProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins = properties.cors().allowedOrigins();
        if (!origins.isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(origins);
            configuration.setAllowedMethods(List.of("GET", "POST", "DELETE"));
            configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key"));
            configuration.setExposedHeaders(List.of("Location"));
            configuration.setAllowCredentials(false); // bearer tokens, never cookies
            source.registerCorsConfiguration("/**", configuration);
        }
        return source;
    }
}
