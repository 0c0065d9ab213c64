package cn.workerspalace.platform.web;

/**
 * A command that a business rule refused (full, duplicate, wrong state, quota exhausted): answered 409. The
 * message is shown to the client as the problem's {@code detail}, so it must name values, never internals.
 */
public abstract class RuleViolationException extends RuntimeException {

    protected RuleViolationException(String message) {
        super(message);
    }

    /** A short, stable name of the rule for clients to branch on, such as {@code already-signed-up}. */
    public abstract String rule();
}
