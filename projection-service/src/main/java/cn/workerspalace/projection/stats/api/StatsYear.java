package cn.workerspalace.projection.stats.api;

import cn.workerspalace.projection.ProjectionApplication;
import cn.workerspalace.projection.web.InvalidParameterException;
import java.time.Clock;
import java.time.LocalDate;

/** The year a figures query asks about: the one given, or this year in Asia/Shanghai. */
public final class StatsYear {

    static final int FIRST = 1900;
    static final int LAST = 9999;

    private StatsYear() {
    }

    public static int resolve(Integer requested, Clock clock) {
        if (requested == null) {
            return LocalDate.now(clock.withZone(ProjectionApplication.PROGRAMME_ZONE)).getYear();
        }
        if (requested < FIRST || requested > LAST) {
            throw new InvalidParameterException("year", "must be a year from " + FIRST + " to " + LAST);
        }
        return requested;
    }
}
