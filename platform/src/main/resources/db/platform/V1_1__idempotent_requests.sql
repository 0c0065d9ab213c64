-- Successful answers to POSTs that carried an Idempotency-Key, replayed when the same request comes again.
-- A row without a status is a request still being handled (or abandoned by a crash: claimed_at tells).
CREATE TABLE idempotent_request (
    idempotency_key TEXT        NOT NULL PRIMARY KEY,
    fingerprint     TEXT        NOT NULL,
    claimed_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    status          INTEGER,
    content_type    TEXT,
    location        TEXT,
    body            BYTEA
);
