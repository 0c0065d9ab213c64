package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventEnvelope;

/** What became of one record's value: an event to apply, or a reason to skip it. */
sealed interface Decoding {

    record Decoded(EventEnvelope<Record> envelope) implements Decoding {
    }

    /** {@code reason} is a metric tag; {@code detail} is safe to log (never the payload). */
    record Skipped(SkipReason reason, String detail) implements Decoding {
    }

    enum SkipReason {
        UNKNOWN_TYPE("unknown-type"),
        UNKNOWN_REVISION("unknown-revision"),
        UNDECODABLE("undecodable");

        final String tag;

        SkipReason(String tag) {
            this.tag = tag;
        }
    }
}
