package cn.workerspalace.projection.stats.api;

import cn.workerspalace.projection.web.InvalidParameterException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date a figures query names, as {@code YYYY-MM-DD}. */
public final class StatsDate {

    private static final LocalDate FIRST = LocalDate.of(StatsYear.FIRST, 1, 1);
    private static final LocalDate LAST = LocalDate.of(StatsYear.LAST, 12, 31);

    private StatsDate() {
    }

    /** The date given in {@code parameter}, or null when the parameter is absent. */
    public static LocalDate parse(String parameter, String text) {
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "must be a date as YYYY-MM-DD");
        }
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new InvalidParameterException(parameter, "must be a date from " + FIRST + " to " + LAST);
        }
        return date;
    }
}
