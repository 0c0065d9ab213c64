package cn.workerspalace.platform.axon;

/** A command was not answered in time; it may or may not have been applied (the web layer answers 503). */
public class CommandNotAnsweredException extends RuntimeException {

    public CommandNotAnsweredException(long waitedMillis, Throwable cause) {
        super("the command was not answered within " + waitedMillis + " ms", cause);
    }
}
