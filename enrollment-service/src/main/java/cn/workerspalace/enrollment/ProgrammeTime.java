package cn.workerspalace.enrollment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The programme runs on Asia/Shanghai time; answers show instants with that offset. */
public final class ProgrammeTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ProgrammeTime() {
    }

    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }
}
