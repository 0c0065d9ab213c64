package cn.workerspalace.projection.rebuild.api;

import cn.workerspalace.projection.web.ResourceNotFoundException;

/** No rebuild of that id ran on this instance since it started. */
public class UnknownRebuildException extends ResourceNotFoundException {

    public UnknownRebuildException(long id) {
        super("no rebuild " + id + " on this instance since it started");
    }
}
