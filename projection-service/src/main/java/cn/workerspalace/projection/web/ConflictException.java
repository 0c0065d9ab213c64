package cn.workerspalace.projection.web;

/**
 * Answered 409 with problem details: the request is valid but the state of the service refuses it now.
 * {@link #rule()} names the refusal in kebab-case and becomes the problem type.
 */
public abstract class ConflictException extends RuntimeException {

    protected ConflictException(String message) {
        super(message);
    }

    /** A short kebab-case name of the rule that refused the request. */
    public abstract String rule();
}
