package cn.workerspalace.projection;

import cn.workerspalace.projection.rebuild.RebuildCommand;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The operations centre's read side: both event topics into PostgreSQL read models, and the figures over REST. */
@SpringBootApplication
public class ProjectionApplication {

    /** The programme's time zone; "this year" and every instant shown are in it. */
    public static final ZoneId PROGRAMME_ZONE = ZoneId.of("Asia/Shanghai");

    /** With {@code --rebuild}, rebuilds the read models from the topics and exits instead (see the README). */
    public static void main(String[] args) {
        if (RebuildCommand.requested(args)) {
            System.exit(RebuildCommand.run(ProjectionApplication.class, args, System.out));
        }
        SpringApplication.run(ProjectionApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(PROGRAMME_ZONE);
    }
}
