package cn.workerspalace.projection.stats.api;

import cn.workerspalace.projection.web.InvalidParameterException;
import java.util.regex.Pattern;

/** A city code a figures query names: 6 digits (GB/T 2260). */
public final class CityCode {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    private CityCode() {
    }

    /** The code given in {@code parameter}, or null when it is absent. */
    public static String parse(String parameter, String text) {
        if (text == null) {
            return null;
        }
        if (!SIX_DIGITS.matcher(text).matches()) {
            throw new InvalidParameterException(parameter, "must be a city code of 6 digits");
        }
        return text;
    }
}
