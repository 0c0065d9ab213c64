package cn.workerspalace.faulttests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The figures of a run, for docs/reliability.md: printed, and appended to {@code target/fault-figures.txt}.
 */
final class RunReport {

    private static final Path FILE = Path.of("target", "fault-figures.txt");

    private RunReport() {
    }

    static synchronized void line(String test, String format, Object... arguments) {
        String line = Instant.now() + " " + test + ": " + String.format(format, arguments);
        System.out.println(line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
