package cn.workerspalace.localstack.testkit;

import cn.workerspalace.localstack.stack.Stack;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives tests of the running system a {@link Stack} that is started once for the whole test run, on free ports with
 * throwaway data (never the developer's), and stopped when the run ends. The test class's {@link Settings} (or
 * their defaults) say which infrastructure and where the services' output goes; classes with the same settings
 * share one stack. The service jars are those of the checkout named by the system property
 * {@code palace.projectRoot} (the poms set it to this checkout).
 */
public final class RunningStack implements ParameterResolver {

    /** How a test class wants its stack; a class without them gets the defaults. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Inherited
    public @interface Settings {

        /**
         * Kafka and PostgreSQL that the tests can take away and bring back
         * ({@link Stack.Builder#restartableInfrastructure()}), rather than throwaway databases on the local server.
         */
        boolean restartableInfrastructure() default false;

        /** Where the services' (and a restartable broker's) output goes, relative to the test's working directory. */
        String logDirectory() default "target/system-test-logs";
    }

    @Settings
    private static final class Defaults {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Stack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Settings settings = settingsOf(context.getRequiredTestClass());
        Resource resource = context.getRoot().getStore(ExtensionContext.Namespace.create(RunningStack.class))
                .getOrComputeIfAbsent(Key.of(settings), key -> Resource.started(key), Resource.class);
        if (resource.failure != null) {
            // a stack that did not start once is not tried again by every test class
            throw resource.failure;
        }
        return resource.stack;
    }

    /** Where the services of the stack this test class is given write their output ({@code <service>.log}). */
    public static Path logDirectory(Class<?> testClass) {
        return Key.of(settingsOf(testClass)).logDirectory();
    }

    private static Settings settingsOf(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, Settings.class)
                .orElseGet(() -> Defaults.class.getAnnotation(Settings.class));
    }

    private record Key(boolean restartableInfrastructure, Path logDirectory) {

        static Key of(Settings settings) {
            return new Key(settings.restartableInfrastructure(), Path.of(settings.logDirectory()).toAbsolutePath());
        }

        Stack start() {
            Path root = Path.of(System.getProperty("palace.projectRoot", "..")).toAbsolutePath().normalize();
            Stack.Builder builder = Stack.builder().projectRoot(root).randomPorts();
            if (restartableInfrastructure) {
                builder.restartableInfrastructure();
            } else {
                builder.throwawayDatabases();
            }
            return builder.serviceLogDirectory(logDirectory)
                    // quick (re)starts and little CPU contention on a small test machine
                    .jvmArguments(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"))
                    .build()
                    .start();
        }
    }

    private record Resource(Stack stack, RuntimeException failure)
            implements ExtensionContext.Store.CloseableResource {

        static Resource started(Key key) {
            try {
                return new Resource(key.start(), null);
            } catch (RuntimeException e) {
                return new Resource(null, e);
            }
        }

        @Override
        public void close() {
            if (stack != null) {
                stack.close();
            }
        }
    }
}
