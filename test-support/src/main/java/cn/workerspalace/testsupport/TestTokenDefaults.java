package cn.workerspalace.testsupport;

import java.util.HashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every Spring Boot application started in a test JVM with this module trusts {@link TestTokens}, unless the test
 * configures a key or issuer of its own (these defaults come last). Services refuse to start without a key.
 */
public class TestTokenDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("palaceTestTokens",
                new HashMap<>(TestTokens.properties())));
    }
}
