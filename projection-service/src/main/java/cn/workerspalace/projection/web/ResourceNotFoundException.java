package cn.workerspalace.projection.web;

/** Answered 404 with problem details; the message names the missing resource and is shown to the client. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
