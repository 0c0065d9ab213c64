package cn.workerspalace.course.palace.api;

import cn.workerspalace.platform.web.RuleViolationException;

/**
 * A COUNTY palace carries the code of the city it belongs to, which is its parent CITY palace's code: figures and
 * subsidy quotas roll up by city code.
 */
public class CountyOutsideParentCityException extends RuleViolationException {

    public CountyOutsideParentCityException(String cityCode, String parentId, String parentCityCode) {
        super("a COUNTY palace's cityCode must be its parent's; " + parentId + " is in city " + parentCityCode
                + ", not " + cityCode);
    }

    @Override
    public String rule() {
        return "county-outside-parent-city";
    }
}
