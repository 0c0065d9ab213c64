-- 求学圆梦: the year's quota and the degree applications as the answers show them, and the lookup tables the
-- submission rules are validated against. All are kept by subscribing handlers in the command's transaction.

CREATE TABLE subsidy_quota_view (
    year   INTEGER PRIMARY KEY,
    places INTEGER NOT NULL
);

CREATE TABLE subsidy_rate_view (
    year             INTEGER        NOT NULL REFERENCES subsidy_quota_view (year),
    level            TEXT           NOT NULL,
    subsidy_per_place NUMERIC(14, 2) NOT NULL,
    PRIMARY KEY (year, level)
);

-- One row per city that has an allocation or a queue. reserved counts places held (a paid place stays held after
-- a withdrawal); waiting counts the city's queue.
CREATE TABLE city_allocation_view (
    year      INTEGER NOT NULL REFERENCES subsidy_quota_view (year),
    city_code TEXT    NOT NULL,
    places    INTEGER NOT NULL DEFAULT 0,
    reserved  INTEGER NOT NULL DEFAULT 0,
    waiting   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (year, city_code)
);

-- queue_seq is the quota event's sequence number when the application joined its city's queue (null when not
-- waiting in it): the queue position is counted when read, so nothing is renumbered when someone ahead leaves.
CREATE TABLE degree_application_view (
    application_id TEXT PRIMARY KEY,
    worker_id      TEXT           NOT NULL,
    year           INTEGER        NOT NULL,
    level          TEXT           NOT NULL,
    school         TEXT           NOT NULL,
    major          TEXT           NOT NULL,
    palace_id      TEXT           NOT NULL,
    city_code      TEXT           NOT NULL,
    status         TEXT           NOT NULL,
    paid_amount    NUMERIC(14, 2) NOT NULL DEFAULT 0,
    submitted_at   TIMESTAMPTZ    NOT NULL,
    reviewed_at    TIMESTAMPTZ,
    approved_at    TIMESTAMPTZ,
    admitted_at    TIMESTAMPTZ,
    closed_at      TIMESTAMPTZ,
    reason         TEXT,
    place_released BOOLEAN,
    queue_seq      BIGINT
);

CREATE INDEX degree_application_view_by_worker ON degree_application_view (worker_id);
CREATE INDEX degree_application_view_queue ON degree_application_view (year, city_code, queue_seq)
    WHERE queue_seq IS NOT NULL;

CREATE TABLE degree_payment_view (
    payment_id     TEXT PRIMARY KEY,
    application_id TEXT           NOT NULL,
    amount         NUMERIC(14, 2) NOT NULL,
    total_paid     NUMERIC(14, 2) NOT NULL,
    paid_at        TIMESTAMPTZ    NOT NULL
);

CREATE INDEX degree_payment_view_by_application ON degree_payment_view (application_id);

-- Set-based validation: one open application per worker; one funded application per worker and level, for life.
CREATE TABLE degree_open_application (
    worker_id      TEXT PRIMARY KEY,
    application_id TEXT NOT NULL UNIQUE,
    level          TEXT NOT NULL
);

CREATE TABLE degree_funding (
    worker_id      TEXT NOT NULL,
    level          TEXT NOT NULL,
    application_id TEXT NOT NULL UNIQUE,
    PRIMARY KEY (worker_id, level)
);
