package cn.workerspalace.projection.rebuild.api;

/** Where a rebuild stands; DONE and FAILED are final. */
public enum RebuildState {
    /** Reading both topics from their first offset up to the end offsets taken at the start. */
    REPLAYING,
    /** The live listeners are paused; reading what arrived meanwhile, up to the end offsets now. */
    CATCHING_UP,
    /** Writers of the current tables are locked out; the last events are read and the tables are swapped. */
    SWITCHING,
    /** The readers see the rebuilt tables; the live listeners go on with them. */
    DONE,
    /** Nothing was switched; the rebuilt tables were dropped and the current ones stay. */
    FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
