package cn.workerspalace.projection.rebuild.api;

import cn.workerspalace.projection.web.ConflictException;

/** Another rebuild is running, here ({@code runningId} given) or on another instance of the service. */
public class RebuildRunningException extends ConflictException {

    private final Long runningId;

    public RebuildRunningException(Long runningId) {
        super(runningId == null
                ? "a rebuild is running on another instance of the service"
                : "rebuild " + runningId + " is running; see /api/admin/rebuild/" + runningId);
        this.runningId = runningId;
    }

    public Long runningId() {
        return runningId;
    }

    @Override
    public String rule() {
        return "rebuild-running";
    }
}
