-- Each worker's own data key (AES-256), wrapped under the master key (AES-GCM). Deleting a row is the erasure of that
-- worker's personal data: every stored or published copy of it is sealed under this key (crypto-shredding).
CREATE TABLE worker_data_key (
    worker_id   TEXT PRIMARY KEY,
    wrapped_key BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The worker view keeps personal data only sealed (as the events carry it), opened and masked per request. Rows of
-- workers registered before revision 2 of WorkerRegisteredEvent keep what it carried: the name, the masked numbers.
ALTER TABLE worker_view RENAME COLUMN name TO legacy_name;
ALTER TABLE worker_view RENAME COLUMN id_number_masked TO legacy_id_number_masked;
ALTER TABLE worker_view RENAME COLUMN phone_masked TO legacy_phone_masked;
ALTER TABLE worker_view
    ALTER COLUMN legacy_name DROP NOT NULL,
    ALTER COLUMN legacy_id_number_masked DROP NOT NULL,
    ALTER COLUMN legacy_phone_masked DROP NOT NULL,
    ADD COLUMN sealed_name          TEXT,
    ADD COLUMN sealed_id_number     TEXT,
    ADD COLUMN sealed_phone         TEXT,
    ADD COLUMN personal_data_erased BOOLEAN NOT NULL DEFAULT false;
