package cn.workerspalace.projection.ingest;

import cn.workerspalace.contracts.EventEnvelope;

/** What became of one record's value: an event to apply, or the reason it cannot be applied. */
public sealed interface Decoding {

    /** The event, its payload read as the current revision of its type. */
    record Decoded(EventEnvelope<Record> envelope) implements Decoding {
    }

    /** A poison record: {@code reason} is a metric tag and a header; {@code detail} is safe to log (never data). */
    record Rejected(Reason reason, String detail) implements Decoding {
    }

    /** Why a record cannot be applied; {@code tag} is how metrics and dead-letter headers name it. */
    enum Reason {
        EMPTY("empty"),
        NOT_JSON("not-json"),
        NOT_AN_ENVELOPE("not-an-envelope"),
        UNKNOWN_TYPE("unknown-type"),
        UNKNOWN_REVISION("unknown-revision"),
        NEWER_REVISION("newer-revision"),
        INVALID_PAYLOAD("invalid-payload");

        private final String tag;

        Reason(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }
}
