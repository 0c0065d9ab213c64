package cn.workerspalace.localstack.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackTest {

    @TempDir
    Path root;

    @Test
    void a_missing_service_jar_is_named_together_with_the_command_that_builds_it() {
        Stack stack = Stack.builder().projectRoot(root).randomPorts().build();

        assertThatThrownBy(stack::start)
                .isInstanceOf(StackException.class)
                .hasMessageContaining("course-service-0.1.0-SNAPSHOT-exec.jar")
                .hasMessageContaining("run ./mvnw -DskipTests package first");
    }

    @Test
    void a_port_already_taken_is_reported_before_anything_starts() throws IOException {
        for (Service service : Service.values()) {
            Path jar = service.executableJar(root);
            Files.createDirectories(jar.getParent());
            Files.createFile(jar);
        }
        try (ServerSocket taken = new ServerSocket(0)) {
            Stack stack = Stack.builder().projectRoot(root).randomPorts().port(Service.COURSE, taken.getLocalPort())
                    .build();

            assertThatThrownBy(stack::start)
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining(Integer.toString(taken.getLocalPort()))
                    .hasMessageContaining("already in use");
        }
    }
}
