package cn.workerspalace.localstack.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the checkout the stack runs from: the folder that holds the service modules. */
public final class ProjectRoot {

    private ProjectRoot() {
    }

    /**
     * The system property {@code palace.projectRoot} when set; otherwise the checkout that holds the launcher's own
     * jar ({@code <root>/local-stack/target/*.jar}); otherwise the working directory or one of its parents.
     */
    public static Path detect() {
        String configured = System.getProperty("palace.projectRoot");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path launcher = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0])
                .toAbsolutePath().normalize();
        for (Path candidate = launcher; candidate != null; candidate = candidate.getParent()) {
            if (isRoot(candidate)) {
                return candidate;
            }
        }
        for (Path candidate = Path.of("").toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
            if (isRoot(candidate)) {
                return candidate;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    private static boolean isRoot(Path candidate) {
        return Files.isDirectory(candidate.resolve("local-stack")) && Files.isRegularFile(candidate.resolve("pom.xml"));
    }
}
