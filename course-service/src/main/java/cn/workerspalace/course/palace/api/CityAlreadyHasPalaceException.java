package cn.workerspalace.course.palace.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** Each city (by its GB/T 2260 code) has one CITY palace. */
public class CityAlreadyHasPalaceException extends RuleViolationException {

    public CityAlreadyHasPalaceException(String cityCode) {
        super("city " + cityCode + " already has a CITY palace");
    }

    @Override
    public String rule() {
        return "city-already-has-palace";
    }
}
