package cn.workerspalace.enrollment.quota.api;

import cn.workerspalace.platform.web.RuleViolationException;

/** An allocation never drops below the places the city has reserved already. */
public class AllocationBelowReservedException extends RuleViolationException {

    public AllocationBelowReservedException(int year, String cityCode, int requested, int reserved) {
        super("city " + cityCode + " has reserved " + reserved + " places of the " + year + " quota; its allocation"
                + " cannot be set to " + requested);
    }

    @Override
    public String rule() {
        return "allocation-below-reserved";
    }
}
