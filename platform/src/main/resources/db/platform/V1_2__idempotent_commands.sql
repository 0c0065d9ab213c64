-- The outcome of every command sent while handling a POST with an Idempotency-Key, written in the command's own
-- transaction: the key is recorded exactly when the command's events are, so a repeat can never run it again, even
-- when the HTTP answer (idempotent_request) was lost. The key is "<Idempotency-Key>#<n>", n counting the commands
-- of one request.
CREATE TABLE idempotent_command (
    idempotency_key TEXT        NOT NULL PRIMARY KEY,
    fingerprint     TEXT        NOT NULL,
    handled_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    result_type     TEXT,
    result_revision TEXT,
    result          BYTEA
);
