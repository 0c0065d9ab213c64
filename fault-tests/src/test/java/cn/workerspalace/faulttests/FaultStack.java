package cn.workerspalace.faulttests;

import cn.workerspalace.localstack.stack.Stack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives the fault tests one {@link Stack} for the whole run: free ports, throwaway data, and Kafka and PostgreSQL
 * that the tests can take away and bring back ({@link Stack.Builder#restartableInfrastructure()}). The services'
 * and the broker's output goes to {@code target/fault-test-logs/}. The service jars are those of the checkout named
 * by the system property {@code palace.projectRoot} (the pom sets it to this checkout).
 */
final class FaultStack implements ParameterResolver {

    private static final String KEY = "fault-stack";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Stack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Resource resource = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> Resource.started(), Resource.class);
        if (resource.failure != null) {
            throw resource.failure;
        }
        return resource.stack;
    }

    private static Stack start() {
        Path root = Path.of(System.getProperty("palace.projectRoot", "..")).toAbsolutePath().normalize();
        return Stack.builder()
                .projectRoot(root)
                .randomPorts()
                .restartableInfrastructure()
                .serviceLogDirectory(Path.of("target", "fault-test-logs").toAbsolutePath())
                // quick (re)starts and little CPU contention on a small test machine
                .jvmArguments(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"))
                .build()
                .start();
    }

    private record Resource(Stack stack, RuntimeException failure)
            implements ExtensionContext.Store.CloseableResource {

        static Resource started() {
            try {
                return new Resource(start(), null);
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
