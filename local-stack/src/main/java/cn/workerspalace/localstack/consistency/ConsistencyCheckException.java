package cn.workerspalace.localstack.consistency;

/** The check could not be made: a store or the projection could not be read. */
public class ConsistencyCheckException extends RuntimeException {

    ConsistencyCheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
