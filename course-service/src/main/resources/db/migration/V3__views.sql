-- What GET answers, written by subscribing event handlers in the event's transaction.

CREATE TABLE palace_view (
    palace_id TEXT       NOT NULL PRIMARY KEY,
    name      TEXT       NOT NULL,
    level     VARCHAR(8) NOT NULL,
    city_code CHAR(6)    NOT NULL,
    parent_id TEXT
);

CREATE TABLE service_point_view (
    service_point_id TEXT      NOT NULL PRIMARY KEY,
    palace_id        TEXT      NOT NULL REFERENCES palace_view (palace_id),
    name             TEXT      NOT NULL,
    address          TEXT      NOT NULL,
    position         BIGSERIAL NOT NULL
);

CREATE INDEX service_point_view_by_palace ON service_point_view (palace_id, position);

CREATE TABLE course_view (
    course_id TEXT NOT NULL PRIMARY KEY,
    palace_id TEXT NOT NULL,
    category  TEXT NOT NULL,
    title     TEXT NOT NULL
);

CREATE TABLE class_view (
    class_id            TEXT        NOT NULL PRIMARY KEY,
    course_id           TEXT        NOT NULL,
    palace_id           TEXT        NOT NULL,
    title               TEXT        NOT NULL,
    capacity            INTEGER     NOT NULL,
    status              VARCHAR(9)  NOT NULL,
    enrolment_opens_at  TIMESTAMPTZ NOT NULL,
    enrolment_closes_at TIMESTAMPTZ NOT NULL,
    year                INTEGER     NOT NULL,
    cancellation_reason TEXT
);

CREATE TABLE class_lesson_view (
    class_id     TEXT        NOT NULL REFERENCES class_view (class_id),
    lesson_index INTEGER     NOT NULL,
    starts_at    TIMESTAMPTZ NOT NULL,
    ends_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (class_id, lesson_index)
);
