package cn.workerspalace.platform.web;

/**
 * A command whose values break a rule that needs no other state to check (capacity out of range, a window that
 * closes before it opens): answered 400 naming the offending request field, like a Bean Validation failure.
 */
public class InvalidCommandException extends RuntimeException {

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, as the client wrote it (for example {@code lessons[2].endsAt}). */
    public String field() {
        return field;
    }
}
