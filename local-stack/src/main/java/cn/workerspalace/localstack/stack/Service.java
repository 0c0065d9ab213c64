package cn.workerspalace.localstack.stack;

import java.nio.file.Path;

/** The three services the stack runs, with their default ports and their own databases. */
public enum Service {

    COURSE("course", "course-service", "palace_course", 8081),
    ENROLLMENT("enrollment", "enrollment-service", "palace_enrollment", 8082),
    PROJECTION("projection", "projection-service", "palace_projection", 8083);

    private static final String VERSION = "0.1.0-SNAPSHOT";

    private final String shortName;
    private final String module;
    private final String database;
    private final int defaultPort;

    Service(String shortName, String module, String database, int defaultPort) {
        this.shortName = shortName;
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
    }

    public String shortName() {
        return shortName;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The executable jar Spring Boot's repackage goal writes beside the plain one. */
    public Path executableJar(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target").resolve(module + "-" + VERSION + "-exec.jar");
    }
}
