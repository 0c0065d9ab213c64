package cn.workerspalace.contracts;

/** Kafka topic names. Each write service publishes every event it stores to its own topic. */
public final class Topics {

    public static final String COURSE_EVENTS = "course-events";
    public static final String ENROLLMENT_EVENTS = "enrollment-events";

    private Topics() {
    }
}
