-- Rosters and sign-ups as the roster and worker answers show them. Both are kept in the command's transaction.
CREATE TABLE roster_view (
    class_id            TEXT PRIMARY KEY,
    palace_id           TEXT        NOT NULL,
    capacity            INTEGER     NOT NULL,
    status              TEXT        NOT NULL,
    enrolment_opens_at  TIMESTAMPTZ NOT NULL,
    enrolment_closes_at TIMESTAMPTZ NOT NULL,
    lessons             INTEGER     NOT NULL,
    year                INTEGER     NOT NULL
);

-- One row per worker and class, the latest sign-up. seat_seq (the roster event that gave the seat) orders the
-- confirmed list; queue_seq (the event that joined the waitlist) orders the queue, so a waitlist position is
-- counted when read and nothing is renumbered when someone ahead leaves.
CREATE TABLE sign_up_view (
    class_id     TEXT        NOT NULL,
    worker_id    TEXT        NOT NULL,
    status       TEXT        NOT NULL,
    signed_up_at TIMESTAMPTZ NOT NULL,
    seat_seq     BIGINT,
    queue_seq    BIGINT,
    PRIMARY KEY (class_id, worker_id)
);

CREATE INDEX sign_up_view_by_worker ON sign_up_view (worker_id);
CREATE INDEX sign_up_view_queue ON sign_up_view (class_id, queue_seq) WHERE status = 'WAITLISTED';
CREATE INDEX sign_up_view_seats ON sign_up_view (class_id, seat_seq) WHERE status IN ('CONFIRMED', 'COMPLETED');
