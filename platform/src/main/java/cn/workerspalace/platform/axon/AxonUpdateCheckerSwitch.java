package cn.workerspalace.platform.axon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Axon 4.13 reports usage to AxonIQ over the internet at start-up unless a system property (or environment variable)
 * says no; Spring properties cannot. A service of a union federation's network does not phone home, so it is off
 * unless an operator explicitly sets {@code axoniq.update-checker.disabled=false}.
 */
public class AxonUpdateCheckerSwitch implements EnvironmentPostProcessor {

    static final String PROPERTY = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(PROPERTY) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
