package cn.workerspalace.platform;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every write service needs and no one should have to remember; each can still be overridden.
 * <ul>
 * <li>Axon 4.13 reports usage to AxonIQ over the internet at start-up unless a system property (or environment
 * variable) says no; Spring properties cannot. The services of a union federation's network do not phone home.</li>
 * <li>The PostgreSQL driver puts a failed statement's parameters into its exception messages, and an event's
 * payload is such a parameter: with {@code logServerErrorDetail=false} no personal data reaches a log that way.</li>
 * <li>Axon logs a command refused at creation (a 409) as a warning with a stack trace; it is an answer, not a
 * fault.</li>
 * <li>A few request threads, not Tomcat's 200: on a small machine 200 threads waiting for 16 command threads only
 * queue for the CPU and switch between each other (BENCHMARKS.md); further requests wait in the accept queue.</li>
 * <li>A request waits at most 5 s for a pooled connection (Hikari's default is 30 s) and is then answered 503, so
 * a starved pool sheds load instead of holding every client for half a minute.</li>
 * </ul>
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String UPDATE_CHECKER_PROPERTY = "axoniq.update-checker.disabled";

    private static final Map<String, Object> DEFAULTS = Map.of(
            "spring.datasource.hikari.data-source-properties.logServerErrorDetail", "false",
            "logging.level.org.axonframework.modelling.command.AbstractRepository", "ERROR",
            "server.tomcat.threads.max", "32",
            "server.tomcat.accept-count", "1000",
            "spring.datasource.hikari.connection-timeout", "5000");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(UPDATE_CHECKER_PROPERTY) == null
                && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(UPDATE_CHECKER_PROPERTY, "true");
        }
        environment.getPropertySources().addLast(new MapPropertySource("palacePlatformDefaults", DEFAULTS));
    }
}
