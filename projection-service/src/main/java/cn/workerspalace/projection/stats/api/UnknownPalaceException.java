package cn.workerspalace.projection.stats.api;

import cn.workerspalace.projection.web.ResourceNotFoundException;

public class UnknownPalaceException extends ResourceNotFoundException {

    public UnknownPalaceException(String palaceId) {
        super("no palace with id " + palaceId);
    }
}
