package cn.workerspalace.enrollment;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Workers, class rosters (sign-ups, waitlist, attendance), degree applications and subsidy quotas. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrollmentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnrollmentServiceApplication.class, args);
    }

    /** The only source of "now": it is read at the edge and passed in commands, never inside an aggregate. */
    @Bean
    Clock clock() {
        return Clock.system(ProgrammeTime.ZONE);
    }
}
