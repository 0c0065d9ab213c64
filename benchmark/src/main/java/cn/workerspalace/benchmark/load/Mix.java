package cn.workerspalace.benchmark.load;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The share of each command type once the first rush is over: before {@code rushFraction} of a phase has passed
 * only sign-ups are sent (the flash crowd), afterwards cancellations, degree applications and approvals are mixed in.
 */
public record Mix(double rushFraction, double cancel, double apply, double approve) {

    /** Sign-ups only. */
    public static final Mix SIGN_UPS = new Mix(1.0, 0, 0, 0);

    /** The flash crowd: a quarter of the phase sign-ups only, then 10% cancellations, 5% applications, 2% approvals. */
    public static final Mix FLASH_CROWD = new Mix(0.25, 0.10, 0.05, 0.02);

    /** The same shares from the start. */
    public static final Mix MIXED = new Mix(0, 0.10, 0.05, 0.02);

    CommandType pick(double elapsedFraction) {
        if (elapsedFraction < rushFraction) {
            return CommandType.SIGN_UP;
        }
        double roll = ThreadLocalRandom.current().nextDouble();
        if (roll < cancel) {
            return CommandType.CANCEL;
        }
        if (roll < cancel + apply) {
            return CommandType.APPLY;
        }
        if (roll < cancel + apply + approve) {
            return CommandType.APPROVE;
        }
        return CommandType.SIGN_UP;
    }

    public String describe() {
        if (cancel + apply + approve == 0) {
            return "sign-ups only";
        }
        return (rushFraction > 0 ? "sign-ups only for the first " + Math.round(rushFraction * 100) + "%, then " : "")
                + Math.round((1 - cancel - apply - approve) * 100) + "% sign-ups, " + Math.round(cancel * 100)
                + "% cancellations, " + Math.round(apply * 100) + "% degree applications, "
                + Math.round(approve * 100) + "% approvals";
    }
}
