package cn.workerspalace.localstack.demo;

/** The demo data could not be loaded at all (the services do not answer). */
public class DemoDataException extends RuntimeException {

    public DemoDataException(String message, Throwable cause) {
        super(message, cause);
    }

    public DemoDataException(String message) {
        super(message);
    }
}
