package cn.workerspalace.platform.web;

/** An {@code Idempotency-Key} already used for a different request; answered 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("this " + IdempotencyKeyFilter.HEADER + " was used for a different request");
    }
}
