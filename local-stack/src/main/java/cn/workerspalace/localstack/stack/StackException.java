package cn.workerspalace.localstack.stack;

/** The stack could not start; the message says what to do about it. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
