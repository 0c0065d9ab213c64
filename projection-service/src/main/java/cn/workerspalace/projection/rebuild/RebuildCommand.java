package cn.workerspalace.projection.rebuild;

import cn.workerspalace.projection.rebuild.api.RebuildProgress;
import cn.workerspalace.projection.rebuild.api.RebuildRunningException;
import cn.workerspalace.projection.rebuild.api.RebuildState;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar projection-service-...-exec.jar --rebuild}: runs one rebuild against the configured database and
 * broker and exits, printing its progress every second. The service may keep running meanwhile: this process
 * consumes nothing live, and the switch locks the service's writers out (see {@link ReadModelSchemas}). Exit
 * status 0 when switched, 1 when it failed, 2 when another rebuild is running.
 */
public final class RebuildCommand {

    public static final String OPTION = "--rebuild";
    private static final Duration REPORT_EVERY = Duration.ofSeconds(1);

    private RebuildCommand() {
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(OPTION);
    }

    /** Runs the rebuild in an application of {@code application} without web server and live listeners. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("spring.kafka.listener.auto-startup=false")
                .run(args)) {
            Rebuilds rebuilds = context.getBean(Rebuilds.class);
            RebuildProgress progress;
            try {
                progress = rebuilds.start();
            } catch (RebuildRunningException e) {
                out.println("not started: " + e.getMessage());
                return 2;
            }
            long id = progress.id();
            while (!progress.state().finished()) {
                try {
                    Thread.sleep(REPORT_EVERY.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    out.println("interrupted; the rebuild stops without switching");
                    return 1;
                }
                out.println(rebuilds.progressLine(id));
                progress = rebuilds.progress(id);
            }
            out.println(progress.state() == RebuildState.DONE
                    ? "switched: the read models are now those of rebuild " + id
                    : "failed: nothing was switched");
            return progress.state() == RebuildState.DONE ? 0 : 1;
        }
    }
}
