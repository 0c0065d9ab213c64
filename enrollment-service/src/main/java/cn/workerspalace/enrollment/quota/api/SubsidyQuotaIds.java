package cn.workerspalace.enrollment.quota.api;

/** The identifier of a year's quota aggregate in the event store (one per year). */
public final class SubsidyQuotaIds {

    private static final String PREFIX = "subsidy-quota-";

    private SubsidyQuotaIds() {
    }

    public static String of(int year) {
        return PREFIX + year;
    }
}
