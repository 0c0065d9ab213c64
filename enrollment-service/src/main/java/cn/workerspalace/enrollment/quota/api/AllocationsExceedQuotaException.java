package cn.workerspalace.enrollment.quota.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** The cities' allocations together would exceed the year's places. */
public class AllocationsExceedQuotaException extends RuleViolationException {

    public AllocationsExceedQuotaException(int year, String cityCode, int requested, int available) {
        super("the " + year + " quota has " + available + " places left for city " + cityCode + ", not "
                + requested);
    }

    @Override
    public String rule() {
        return "allocations-exceed-quota";
    }
}
