-- Set-based validation: one row per registered national ID number, by its keyed digest (never the number).
-- Written in the registering command's transaction, so the unique key refuses a concurrent second registration.
CREATE TABLE worker_id_number_lookup (
    id_number_digest TEXT PRIMARY KEY,
    worker_id        TEXT NOT NULL
);

-- Workers as GET /api/workers/{id} shows them: personal data masked only.
CREATE TABLE worker_view (
    worker_id        TEXT PRIMARY KEY,
    member_no        TEXT        NOT NULL,
    name             TEXT        NOT NULL,
    id_number_masked TEXT        NOT NULL,
    phone_masked     TEXT        NOT NULL,
    palace_id        TEXT        NOT NULL,
    city_code        TEXT        NOT NULL,
    service_point_id TEXT,
    front_line       BOOLEAN     NOT NULL,
    migrant_worker   BOOLEAN     NOT NULL,
    registered_at    TIMESTAMPTZ NOT NULL
);
