package cn.workerspalace.projection;

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

    public static void main(String[] args) {
        SpringApplication.run(ProjectionApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(PROGRAMME_ZONE);
    }
}
