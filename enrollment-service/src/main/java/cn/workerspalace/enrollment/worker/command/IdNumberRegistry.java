package cn.workerspalace.enrollment.worker.command;

/** Which ID number digests are registered already: the set the Worker aggregate validates against. */
interface IdNumberRegistry {

    boolean isRegistered(String idNumberDigest);
}
