package cn.workerspalace.platform.web;

/** A request names a resource that does not exist: answered 404. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String resource, String id) {
        super(resource + " " + id + " does not exist");
    }
}
