package cn.workerspalace.localstack.system;

import cn.workerspalace.localstack.stack.Stack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives system tests a {@link Stack} that is started once for the whole test run, on free ports with throwaway
 * databases (never the developer's), and stopped when the run ends. The services' output goes to
 * {@code target/system-test-logs/<service>.log}.
 */
final class RunningStack implements ParameterResolver {

    private static final String KEY = "running-stack";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Stack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Resource resource = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> Resource.started(), Resource.class);
        if (resource.failure != null) {
            // a stack that did not start once is not tried again by every test class
            throw resource.failure;
        }
        return resource.stack;
    }

    private static Stack start() {
        Path root = Path.of(System.getProperty("palace.projectRoot", "..")).toAbsolutePath().normalize();
        return Stack.builder()
                .projectRoot(root)
                .randomPorts()
                .throwawayDatabases()
                .serviceLogDirectory(root.resolve("local-stack/target/system-test-logs"))
                // quick start-up and little CPU contention on a small test machine
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
